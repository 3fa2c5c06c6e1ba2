package dev.triage.agents.remediation;

import java.util.List;
import java.util.Map;

/**
 * The model side of the remediation agent: chooses runbooks from the catalog for root causes. It has no tools at
 * all; the agent grounds each choice and asks the server for a dry-run proposal itself.
 */
interface RemediationAssistant {

    Answer choose(String request);

    /** @param proposals at most one runbook per finding; none when no runbook helps */
    record Answer(List<Choice> proposals) {}

    /**
     * @param findingId the id of the root-cause finding it addresses
     * @param runbook a runbook id from the catalog
     * @param params the runbook's parameters, by name
     * @param rationale one line: why this runbook for this finding
     */
    record Choice(String findingId, String runbook, Map<String, String> params, String rationale) {}
}
