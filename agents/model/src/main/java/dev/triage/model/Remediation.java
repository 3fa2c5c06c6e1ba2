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
 * @param proposalId the runbook server's id for this exact proposal (runbook, target, params): what a person approves
 *     ({@code POST /api/v1/approvals/{proposalId}/approve}); null when the server refused it
 */
public record Remediation(
        String runbook,
        ResourceRef target,
        Map<String, String> params,
        String risk,
        boolean requiresApproval,
        String status,
        String findingId,
        String rationale,
        String proposalId) {

    public Remediation {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** A remediation that has no proposal id (yet). */
    public Remediation(
            String runbook,
            ResourceRef target,
            Map<String, String> params,
            String risk,
            boolean requiresApproval,
            String status,
            String findingId,
            String rationale) {
        this(runbook, target, params, risk, requiresApproval, status, findingId, rationale, null);
    }
}
