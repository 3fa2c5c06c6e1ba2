package dev.triage.agents.routing;

import java.util.List;

/** Picks the first tier to try for a call: the first matching rule, else the default tier. */
final class RoutingPolicy {

    /** The policy's choice and the reason the report shows for it. */
    record Decision(Tier tier, String reason) {}

    private final List<PolicyRule> rules;
    private final Tier defaultTier;

    RoutingPolicy(List<PolicyRule> rules, Tier defaultTier) {
        this.rules = List.copyOf(rules);
        this.defaultTier = defaultTier;
    }

    Decision decide(CallContext context) {
        return rules.stream()
                .filter(rule -> rule.matches(context))
                .findFirst()
                .map(rule -> new Decision(rule.tier(), rule.reason()))
                .orElseGet(() -> new Decision(defaultTier, "default tier"));
    }
}
