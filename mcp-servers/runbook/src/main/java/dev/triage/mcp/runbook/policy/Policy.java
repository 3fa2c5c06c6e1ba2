package dev.triage.mcp.runbook.policy;

import dev.triage.mcp.runbook.catalog.Runbook;
import java.util.List;
import java.util.Set;

/** One entry of policies.yaml. */
record Policy(
        String name,
        String description,
        List<Selector> match,
        Set<String> allow,
        Set<String> forbid,
        Approval approval) {

    static final String ALL = "*";

    Policy {
        match = List.copyOf(match);
        allow = Set.copyOf(allow);
        forbid = Set.copyOf(forbid);
    }

    boolean matches(PolicySubject subject) {
        return match.stream().anyMatch(selector -> selector.matches(subject));
    }

    PolicyDecision decide(Runbook runbook, PolicySubject subject) {
        String where = runbook.id() + " on " + subject + " (policy " + name + ")";
        if (forbid.contains(ALL) || forbid.contains(runbook.id())) {
            return new PolicyDecision(false, true, name, "forbidden: " + where);
        }
        if (!allow.contains(ALL) && !allow.contains(runbook.id())) {
            return new PolicyDecision(false, true, name, "not allowed: " + where + " allows only " + allow);
        }
        boolean needed = approval.required(runbook.risk());
        return new PolicyDecision(true, needed, name, (needed ? "allowed with approval: " : "allowed: ") + where);
    }
}
