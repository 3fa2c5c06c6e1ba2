package dev.triage.model;

import java.util.Map;

/**
 * A runbook proposed for a finding. Proposing never acts: a human approves, the runbook server executes.
 *
 * @param runbook a runbook id from the catalog
 * @param target the object it would act on
 * @param params the runbook's typed parameters, as strings
 * @param risk {@code low}, {@code medium} or {@code high}, from the catalog
 * @param requiresApproval whether policy requires a human's approval before execution
 * @param status {@code PROPOSED}, {@code APPROVED}, {@code DENIED}, {@code EXECUTED}, {@code FAILED} or
 *     {@code REFUSED} (policy forbids it)
 * @param findingId the finding it addresses
 * @param rationale why this runbook for this finding, one line
 */
public record Remediation(
        String runbook,
        ResourceRef target,
        Map<String, String> params,
        String risk,
        boolean requiresApproval,
        String status,
        String findingId,
        String rationale) {

    public Remediation {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
