package dev.triage.mcp.runbook.policy;

import dev.triage.mcp.runbook.catalog.Runbook;
import java.util.List;

/** The policies in order; the first whose selector matches the target decides, and none matching is a refusal. */
public final class Policies {

    private final List<Policy> policies;

    Policies(List<Policy> policies) {
        this.policies = List.copyOf(policies);
    }

    public PolicyDecision decide(Runbook runbook, PolicySubject subject) {
        return policies.stream()
                .filter(policy -> policy.matches(subject))
                .findFirst()
                .map(policy -> policy.decide(runbook, subject))
                .orElseGet(() -> new PolicyDecision(
                        false, true, null, "forbidden: no policy covers " + subject + ", so nothing may run there"));
    }

    public List<String> names() {
        return policies.stream().map(Policy::name).toList();
    }
}
