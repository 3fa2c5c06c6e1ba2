package dev.triage.orchestrator.eval;

import dev.triage.model.Remediation;
import java.util.Map;

/**
 * A runbook a scenario's report must (or must not) propose.
 *
 * @param runbook the catalog id ({@code raise-memory-limit}); required
 * @param target the object it acts on, {@code Kind/namespace/name} ({@code Kind/name} when cluster-scoped); any when
 *     not given
 * @param params parameters the proposal must carry with exactly these values (others may be there too)
 */
public record RunbookPattern(String runbook, String target, Map<String, String> params) {

    public RunbookPattern {
        if (runbook == null || runbook.isBlank()) {
            throw new IllegalArgumentException("a runbook entry needs 'runbook' (a catalog id)");
        }
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    boolean matches(Remediation remediation) {
        return runbook.equals(remediation.runbook())
                && (target == null
                        || (remediation.target() != null
                                && target.equals(remediation.target().toString())))
                && params.entrySet().stream()
                        .allMatch(e -> e.getValue().equals(remediation.params().get(e.getKey())));
    }

    @Override
    public String toString() {
        return runbook + (target == null ? "" : " on " + target) + (params.isEmpty() ? "" : " " + params);
    }
}
