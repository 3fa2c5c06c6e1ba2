package dev.triage.agents.master;

import dev.triage.agents.remediation.Intent;

/**
 * An action the question's words ask for, on a name the words give: a candidate only, until the cluster shows an
 * object of that name.
 */
record AskedAction(Intent.Action action, String name, Integer replicas) {}
