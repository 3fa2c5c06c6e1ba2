package dev.triage.agents.routing;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Model routing configuration ({@code triage.models.*}).
 *
 * @param bedrock the Bedrock tier
 * @param vllm the vLLM tier
 * @param policy rules tried in order; the first match picks the tier
 * @param defaultTier the tier when no rule matches ({@code rules} when unset: no model unless configured)
 * @param fallbacks for each model tier, the tiers to try next, ending with {@code rules}; unset tiers get
 *     bedrock → vllm → rules and vllm → bedrock → rules
 * @param circuitBreaker one breaker per model tier
 * @param retryBackoff the wait between retries of one tier (default 200 ms)
 * @param tokenBudget tokens (input + output) one investigation may spend on models; 0 (unset) means
 *     {@value #DEFAULT_TOKEN_BUDGET}
 */
public record RoutingSettings(
        BedrockSettings bedrock,
        VllmSettings vllm,
        List<PolicyRule> policy,
        Tier defaultTier,
        Map<Tier, List<Tier>> fallbacks,
        CircuitBreakerSettings circuitBreaker,
        Duration retryBackoff,
        long tokenBudget) {

    public static final long DEFAULT_TOKEN_BUDGET = 200_000;

    public RoutingSettings {
        bedrock = bedrock == null ? BedrockSettings.disabled() : bedrock;
        vllm = vllm == null ? VllmSettings.disabled() : vllm;
        policy = policy == null ? List.of() : List.copyOf(policy);
        defaultTier = defaultTier == null ? Tier.RULES : defaultTier;
        fallbacks = withDefaults(fallbacks);
        circuitBreaker = circuitBreaker == null ? CircuitBreakerSettings.defaults() : circuitBreaker;
        retryBackoff = retryBackoff == null ? Duration.ofMillis(200) : retryBackoff;
        if (retryBackoff.isNegative()) {
            throw new IllegalArgumentException("retry-backoff must be >= 0, was " + retryBackoff);
        }
        if (tokenBudget < 0) {
            throw new IllegalArgumentException("token-budget must be >= 0, was " + tokenBudget);
        }
        tokenBudget = tokenBudget == 0 ? DEFAULT_TOKEN_BUDGET : tokenBudget;
    }

    /** The tiers to try, in order, when the policy picks {@code first}: always ends with {@code rules}. */
    public List<Tier> chainFrom(Tier first) {
        if (first == Tier.RULES) {
            return List.of(Tier.RULES);
        }
        return Stream.concat(Stream.of(first), fallbacks.get(first).stream()).toList();
    }

    public boolean enabled(Tier tier) {
        return switch (tier) {
            case BEDROCK -> bedrock.enabled();
            case VLLM -> vllm.enabled();
            case RULES -> true;
        };
    }

    private static Map<Tier, List<Tier>> withDefaults(Map<Tier, List<Tier>> configured) {
        Map<Tier, List<Tier>> chains = new EnumMap<>(Tier.class);
        chains.put(Tier.BEDROCK, List.of(Tier.VLLM, Tier.RULES));
        chains.put(Tier.VLLM, List.of(Tier.BEDROCK, Tier.RULES));
        if (configured != null) {
            configured.forEach((tier, chain) -> chains.put(tier, validChain(tier, chain)));
        }
        return Map.copyOf(chains);
    }

    private static List<Tier> validChain(Tier tier, List<Tier> chain) {
        String name = "fallbacks."
                + Objects.requireNonNull(tier, "fallbacks: a chain without a tier")
                        .wireName();
        if (tier == Tier.RULES) {
            throw new IllegalArgumentException(name + ": rules is the last resort and has no fallback");
        }
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty; list the tiers to try next, ending with rules");
        }
        if (chain.stream().anyMatch(next -> next == null || next == tier)
                || chain.stream().distinct().count() != chain.size()) {
            throw new IllegalArgumentException(name + " must name each other tier at most once, was " + chain);
        }
        if (chain.getLast() != Tier.RULES) {
            throw new IllegalArgumentException(name + " must end with rules, was " + chain);
        }
        return List.copyOf(chain);
    }
}
