package dev.triage.mcp.runbook.proposal;

import java.util.Map;
import java.util.Objects;

/**
 * A proposal as asked for: nothing here is trusted until the proposer has checked it against the catalog, the
 * policy and the cluster.
 *
 * @param runbook the runbook id
 * @param namespace the target's namespace; null for a node
 * @param kind the target's kind
 * @param name the target's name
 * @param params the parameter values given (strings, numbers or booleans)
 * @param findingId the finding the proposal answers; null when none
 * @param investigationId the investigation that asks; part of the proposal's id, so no two investigations share a
 *     proposal (or its approval); null for a caller outside any investigation
 */
public record ProposalRequest(
        String runbook,
        String namespace,
        String kind,
        String name,
        Map<String, Object> params,
        String findingId,
        String investigationId) {

    public ProposalRequest {
        Objects.requireNonNull(runbook, "runbook");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** A request outside any investigation. */
    public ProposalRequest(
            String runbook, String namespace, String kind, String name, Map<String, Object> params, String findingId) {
        this(runbook, namespace, kind, name, params, findingId, null);
    }
}
