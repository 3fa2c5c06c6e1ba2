package dev.triage.agents.routing;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.triage.agents.testing.BedrockWire;
import dev.triage.agents.testing.OpenAiWire;
import dev.triage.model.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Settings and requests for router tests against the wire fakes. */
final class TestRouting {

    static final String BEDROCK_MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0";
    static final String VLLM_MODEL = "qwen2.5-7b-instruct";
    /** Generous, so a cold JVM never times out by accident; timeout tests set their own. */
    static final Duration SLOW_ENOUGH = Duration.ofSeconds(20);
    /** A circuit that never opens within a test, unless the test asks for one. */
    static final CircuitBreakerSettings LENIENT = new CircuitBreakerSettings(100, 100, 100, Duration.ofMinutes(1));

    private TestRouting() {}

    static BedrockSettings bedrock(BedrockWire fake, Duration timeout, int maxRetries) {
        return new BedrockSettings(true, "eu-west-1", BEDROCK_MODEL, fake.endpoint(), timeout, maxRetries);
    }

    static VllmSettings vllm(OpenAiWire fake, Duration timeout, int maxRetries) {
        return new VllmSettings(true, fake.baseUrl(), VLLM_MODEL, null, timeout, maxRetries);
    }

    static RoutingSettings settings(BedrockSettings bedrock, VllmSettings vllm, PolicyRule... policy) {
        return new RoutingSettings(
                bedrock, vllm, List.of(policy), Tier.RULES, null, LENIENT, Duration.ofMillis(1), 100_000);
    }

    static RoutingSettings withBreaker(RoutingSettings settings, CircuitBreakerSettings breaker) {
        return new RoutingSettings(
                settings.bedrock(),
                settings.vllm(),
                settings.policy(),
                settings.defaultTier(),
                settings.fallbacks(),
                breaker,
                settings.retryBackoff(),
                settings.tokenBudget());
    }

    static RoutingSettings withFallbacks(RoutingSettings settings, Map<Tier, List<Tier>> fallbacks) {
        return new RoutingSettings(
                settings.bedrock(),
                settings.vllm(),
                settings.policy(),
                settings.defaultTier(),
                fallbacks,
                settings.circuitBreaker(),
                settings.retryBackoff(),
                settings.tokenBudget());
    }

    /** The real models, with static fake AWS credentials. */
    static ModelRouter router(RoutingSettings settings) {
        return new ModelRouter(settings, TierModels.build(settings, BedrockWire.credentials()));
    }

    static PolicyRule always(Tier tier, String reason) {
        return new PolicyRule(Set.of(), Set.of(), null, null, null, tier, reason);
    }

    static CallContext context(Role role, TokenBudget budget) {
        return new CallContext(role, RequestSource.API, Severity.HIGH, 100, budget);
    }

    static ChatRequest question(String text) {
        return ChatRequest.builder().messages(UserMessage.from(text)).build();
    }
}
