package dev.triage.agents.remediation;

import dev.triage.model.GuideCitation;
import dev.triage.model.Remediation;
import java.util.List;
import java.util.Map;

/**
 * What the remediation agent proposes.
 *
 * @param remediations runbook proposals (dry runs: nothing was executed)
 * @param fixes by finding id, the fix a person must make when no runbook applies (or would do harm)
 * @param guides the investigation guide for each root cause's category, from the runbook server
 */
public record RemediationPlan(List<Remediation> remediations, Map<String, String> fixes, List<GuideCitation> guides) {

    public RemediationPlan {
        remediations = List.copyOf(remediations);
        fixes = Map.copyOf(fixes);
        guides = guides == null ? List.of() : List.copyOf(guides);
    }

    public RemediationPlan(List<Remediation> remediations, Map<String, String> fixes) {
        this(remediations, fixes, List.of());
    }

    public static RemediationPlan none() {
        return new RemediationPlan(List.of(), Map.of());
    }
}
