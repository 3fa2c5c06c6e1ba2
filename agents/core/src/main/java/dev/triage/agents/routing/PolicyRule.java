package dev.triage.agents.routing;

import dev.triage.model.Severity;
import java.util.Set;

/**
 * One routing rule; the policy tries rules in order and the first that matches picks the tier. An empty set or a
 * {@code null} bound matches anything.
 *
 * @param roles the calling agents it applies to
 * @param sources the request sources it applies to
 * @param minSeverity the least severe alert it applies to ({@code HIGH} matches HIGH and CRITICAL, not a request
 *     without severity)
 * @param maxEvidenceChars the most evidence it applies to (a small model for small evidence)
 * @param minBudgetLeft tokens that must be left in the investigation's budget, so an expensive tier stops being
 *     chosen as the budget runs down
 * @param tier the tier to use
 * @param reason why, as the report shows it; a description of the rule when blank
 */
public record PolicyRule(
        Set<Role> roles,
        Set<RequestSource> sources,
        Severity minSeverity,
        Integer maxEvidenceChars,
        Long minBudgetLeft,
        Tier tier,
        String reason) {

    public PolicyRule {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        if (tier == null) {
            throw new IllegalArgumentException("policy rule without a tier: " + reason);
        }
        if (maxEvidenceChars != null) {
            Checks.atLeast("policy rule max-evidence-chars", maxEvidenceChars, 0);
        }
        if (minBudgetLeft != null && minBudgetLeft < 0) {
            throw new IllegalArgumentException("policy rule min-budget-left must be >= 0, was " + minBudgetLeft);
        }
        reason = reason == null || reason.isBlank() ? describe(roles, sources, minSeverity, tier) : reason;
    }

    boolean matches(CallContext context) {
        return (roles.isEmpty() || roles.contains(context.role()))
                && (sources.isEmpty() || sources.contains(context.source()))
                && severityMatches(context.severity())
                && (maxEvidenceChars == null || context.evidenceChars() <= maxEvidenceChars)
                && (minBudgetLeft == null || context.budget().remaining() >= minBudgetLeft);
    }

    private boolean severityMatches(Severity severity) {
        // Severity is declared most urgent first, so "at least HIGH" means an ordinal no greater than HIGH's.
        return minSeverity == null || (severity != null && severity.ordinal() <= minSeverity.ordinal());
    }

    private static String describe(Set<Role> roles, Set<RequestSource> sources, Severity minSeverity, Tier tier) {
        StringBuilder text = new StringBuilder("policy");
        if (!roles.isEmpty()) {
            text.append(" role in ").append(roles);
        }
        if (!sources.isEmpty()) {
            text.append(" source in ").append(sources);
        }
        if (minSeverity != null) {
            text.append(" severity >= ").append(minSeverity);
        }
        return text.append(" -> ").append(tier.wireName()).toString();
    }
}
