package dev.triage.agents.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RoutingSettingsTest {

    @Test
    void unsetChainsFallBackBetweenTheModelTiersAndEndWithRules() {
        RoutingSettings settings = chains(null);

        assertThat(settings.chainFrom(Tier.BEDROCK)).containsExactly(Tier.BEDROCK, Tier.VLLM, Tier.RULES);
        assertThat(settings.chainFrom(Tier.VLLM)).containsExactly(Tier.VLLM, Tier.BEDROCK, Tier.RULES);
        assertThat(settings.chainFrom(Tier.RULES)).containsExactly(Tier.RULES);
        assertThat(settings.defaultTier()).isEqualTo(Tier.RULES);
    }

    @Test
    void configuredChainReplacesTheDefaultForItsTier() {
        RoutingSettings settings = chains(Map.of(Tier.BEDROCK, List.of(Tier.RULES)));

        assertThat(settings.chainFrom(Tier.BEDROCK)).containsExactly(Tier.BEDROCK, Tier.RULES);
        assertThat(settings.chainFrom(Tier.VLLM)).containsExactly(Tier.VLLM, Tier.BEDROCK, Tier.RULES);
    }

    @Test
    void badFallbackChainsAreRejectedNamingTheChain() {
        assertRejected(() -> chains(Map.of(Tier.BEDROCK, List.of())), "fallbacks.bedrock is empty");
        assertRejected(() -> chains(Map.of(Tier.VLLM, List.of(Tier.BEDROCK))), "fallbacks.vllm must end with rules");
        assertRejected(
                () -> chains(Map.of(Tier.VLLM, List.of(Tier.VLLM, Tier.RULES))), "fallbacks.vllm must name each other");
        assertRejected(() -> chains(Map.of(Tier.BEDROCK, List.of(Tier.RULES, Tier.RULES))), "at most once");
        assertRejected(() -> chains(Map.of(Tier.RULES, List.of(Tier.VLLM))), "rules is the last resort");
        assertRejected(() -> chains(Map.of(Tier.BEDROCK, Arrays.asList(null, Tier.RULES))), "at most once");
    }

    @Test
    void settingsLeftOutTakeTheirDefaultsRatherThanZero() {
        var breaker = new CircuitBreakerSettings(0, 0, 0, Duration.ofSeconds(10));

        assertThat(breaker).isEqualTo(new CircuitBreakerSettings(50, 10, 5, Duration.ofSeconds(10)));
        assertThat(budget(0).tokenBudget()).isEqualTo(RoutingSettings.DEFAULT_TOKEN_BUDGET);
    }

    @Test
    void negativeSizesAreRejectedNamingTheSetting() {
        assertRejected(() -> budget(-1), "token-budget must be >= 0");
        assertRejected(() -> new BedrockSettings(false, null, null, null, null, -1), "bedrock.max-retries");
        assertRejected(
                () -> new VllmSettings(false, null, null, null, Duration.ZERO, 0), "vllm.timeout must be positive");
        assertRejected(
                () -> new CircuitBreakerSettings(50, -5, 5, Duration.ofSeconds(1)),
                "circuit-breaker.sliding-window-size");
        assertRejected(
                () -> new CircuitBreakerSettings(150, 5, 5, Duration.ofSeconds(1)),
                "failure-rate-percent must be <= 100");
        assertRejected(() -> new PolicyRule(Set.of(), Set.of(), null, -10, null, Tier.VLLM, "x"), "max-evidence-chars");
        assertRejected(() -> new PolicyRule(Set.of(), Set.of(), null, null, -1L, Tier.VLLM, "x"), "min-budget-left");
    }

    @Test
    void enabledTierWithoutItsModelIsRejected() {
        assertRejected(
                () -> new BedrockSettings(true, "eu-west-1", " ", null, null, 0), "bedrock.model-id is required");
        assertRejected(() -> new VllmSettings(true, null, "qwen", null, null, 0), "vllm.base-url is required");
        assertThatThrownBy(() -> new PolicyRule(Set.of(), Set.of(), null, null, null, null, "x"))
                .hasMessageContaining("policy rule without a tier");
    }

    @Test
    void routerRefusesAnEnabledTierWithNoModelGiven() {
        RoutingSettings settings = new RoutingSettings(
                new BedrockSettings(true, "eu-west-1", "m", null, null, 0), null, null, null, null, null, null, 10);

        assertRejected(() -> new ModelRouter(settings, Map.of()), "bedrock is enabled but no model");
    }

    @Test
    void vllmSettingsNeverPrintTheApiKey() {
        VllmSettings vllm = new VllmSettings(true, URI.create("http://vllm:8000/v1"), "qwen", "sk-live-123", null, 0);

        assertThat(vllm.toString()).doesNotContain("sk-live-123").contains("apiKey=***");
    }

    private static RoutingSettings chains(Map<Tier, List<Tier>> fallbacks) {
        return new RoutingSettings(null, null, null, null, fallbacks, null, null, 1_000);
    }

    private static RoutingSettings budget(long tokens) {
        return new RoutingSettings(null, null, null, null, null, null, null, tokens);
    }

    private static void assertRejected(ThrowingCallable construction, String message) {
        assertThatThrownBy(construction)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
