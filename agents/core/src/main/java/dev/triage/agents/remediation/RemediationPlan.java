package dev.triage.agents.remediation;

import dev.triage.model.Remediation;
import java.util.List;
import java.util.Map;

/**
 * What the remediation agent proposes.
 *
 * @param remediations runbook proposals (dry runs: nothing was executed)
 * @param fixes by finding id, the fix a person must make when no runbook applies (or would do harm)
 */
public record RemediationPlan(List<Remediation> remediations, Map<String, String> fixes) {

    public RemediationPlan {
        remediations = List.copyOf(remediations);
        fixes = Map.copyOf(fixes);
    }

    public static RemediationPlan none() {
        return new RemediationPlan(List.of(), Map.of());
    }
}
