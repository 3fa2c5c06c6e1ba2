package dev.triage.mcp.runbook.proposal;

import dev.triage.model.ResourceRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of propose_remediation: a dry run, never an action.
 *
 * @param proposalId a stable hash of (runbook, target, effective params, investigation): an approval binds to it;
 *     null when refused
 * @param runbook the runbook id
 * @param target the object the runbook would act on
 * @param params the effective parameters: given, defaulted, and derived from the cluster (such as a new limit)
 * @param risk {@code low}, {@code medium} or {@code high}; null when the runbook is unknown
 * @param requiresApproval whether policy requires a human's approval before execution (true when refused)
 * @param status {@code PROPOSED} or {@code REFUSED}
 * @param reason why it may run (the policy's words) or why it was refused
 * @param refusal the kind of refusal; null when proposed
 * @param policy the policy that decided; null when none was reached
 * @param findingId the finding it answers; null when none
 * @param plan the exact steps against the live objects; empty when refused
 * @param investigationId the investigation that asked for it; null outside any investigation
 */
public record Proposal(
        String proposalId,
        String runbook,
        ResourceRef target,
        Map<String, String> params,
        String risk,
        boolean requiresApproval,
        String status,
        String reason,
        Refusal refusal,
        String policy,
        String findingId,
        List<PlanStep> plan,
        String investigationId) {

    public static final String PROPOSED = "PROPOSED";
    public static final String REFUSED = "REFUSED";

    public Proposal {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        plan = List.copyOf(plan);
    }
}
