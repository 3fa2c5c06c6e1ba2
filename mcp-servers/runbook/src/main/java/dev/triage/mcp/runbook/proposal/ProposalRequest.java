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
 */
public record ProposalRequest(
        String runbook, String namespace, String kind, String name, Map<String, Object> params, String findingId) {

    public ProposalRequest {
        Objects.requireNonNull(runbook, "runbook");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
