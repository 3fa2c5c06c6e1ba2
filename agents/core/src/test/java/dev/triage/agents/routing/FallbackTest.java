package dev.triage.agents.routing;

import static dev.triage.agents.routing.TestRouting.SLOW_ENOUGH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.testing.BedrockWire;
import dev.triage.agents.testing.OpenAiWire;
import dev.triage.model.ModelCall;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Errors, timeouts and retries move a call along its tier's chain; every attempt is recorded. */
class FallbackTest {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration LONGER_THAN_SHORT = Duration.ofSeconds(3);

    private final BedrockWire bedrock = new BedrockWire();
    private final OpenAiWire vllm = new OpenAiWire();

    @AfterEach
    void close() {
        bedrock.close();
        vllm.close();
    }

    @Test
    void bedrockServiceUnavailableFallsBackToVllm() {
        bedrock.script(BedrockWire.error(503));
        vllm.script(OpenAiWire.answer("from vllm", 10, 2));

        RoutedChat routed = route(router(SLOW_ENOUGH, 0, SLOW_ENOUGH, 0, Tier.BEDROCK));

        assertThat(routed).isInstanceOfSatisfying(RoutedChat.Answered.class, a -> assertThat(a.tier())
                .isEqualTo(Tier.VLLM));
        assertThat(routed.attempts())
                .extracting(ModelCall::tier, ModelCall::reason, ModelCall::outcome)
                .containsExactly(
                        tuple("bedrock", "prefer bedrock", "http 503"),
                        tuple("vllm", "fallback after bedrock: http 503", "ok"));
    }

    @Test
    void bedrockTimeoutFallsBackToVllmWithoutRetrying() {
        bedrock.script(BedrockWire.answer("too late", 1, 1).delayedBy(LONGER_THAN_SHORT));
        vllm.script(OpenAiWire.answer("from vllm", 10, 2));

        RoutedChat routed = route(router(SHORT, 2, SLOW_ENOUGH, 0, Tier.BEDROCK));

        assertThat(routed.attempts())
                .extracting(ModelCall::tier, ModelCall::reason, ModelCall::outcome)
                .containsExactly(
                        tuple("bedrock", "prefer bedrock", "timeout"),
                        tuple("vllm", "fallback after bedrock: timeout", "ok"));
        assertThat(bedrock.requests()).hasSize(1);
    }

    @Test
    void vllmFailureFallsBackToBedrock() {
        vllm.script(OpenAiWire.error(502));
        bedrock.script(BedrockWire.answer("from bedrock", 10, 2));

        RoutedChat routed = route(router(SLOW_ENOUGH, 0, SLOW_ENOUGH, 0, Tier.VLLM));

        assertThat(routed.attempts())
                .extracting(ModelCall::tier, ModelCall::reason, ModelCall::outcome)
                .containsExactly(
                        tuple("vllm", "prefer vllm", "http 502"),
                        tuple("bedrock", "fallback after vllm: http 502", "ok"));
    }

    @Test
    void everyModelTierFailingLeavesTheAnswerToTheRulesTier() {
        bedrock.script(BedrockWire.error(503));
        vllm.script(OpenAiWire.answer("too late", 1, 1).delayedBy(LONGER_THAN_SHORT));

        RoutedChat routed = route(router(SLOW_ENOUGH, 0, SHORT, 0, Tier.BEDROCK));

        assertThat(routed).isInstanceOfSatisfying(RoutedChat.UseRules.class, rules -> assertThat(rules.reason())
                .isEqualTo("fallback after vllm: timeout"));
        assertThat(routed.attempts())
                .extracting(ModelCall::tier, ModelCall::model, ModelCall::outcome)
                .containsExactly(
                        tuple("bedrock", TestRouting.BEDROCK_MODEL, "http 503"),
                        tuple("vllm", TestRouting.VLLM_MODEL, "timeout"),
                        tuple("rules", "rules", "ok"));
    }

    @Test
    void transientErrorsAreRetriedOnTheSameTierAndEachRetryIsRecorded() {
        bedrock.script(BedrockWire.error(503), BedrockWire.error(429), BedrockWire.answer("third time", 40, 8));

        RoutedChat routed = route(router(SLOW_ENOUGH, 2, SLOW_ENOUGH, 0, Tier.BEDROCK));

        assertThat(routed).isInstanceOf(RoutedChat.Answered.class);
        assertThat(routed.attempts())
                .extracting(ModelCall::reason, ModelCall::outcome, ModelCall::inputTokens)
                .containsExactly(
                        tuple("prefer bedrock", "http 503", 0),
                        tuple("retry after http 503", "http 429", 0),
                        tuple("retry after http 429", "ok", 40));
        assertThat(bedrock.requests()).hasSize(3);
        assertThat(vllm.requests()).isEmpty();
    }

    @Test
    void clientErrorIsNotRetriedButStillFallsBack() {
        vllm.script(OpenAiWire.error(400));
        bedrock.script(BedrockWire.answer("from bedrock", 10, 2));

        RoutedChat routed = route(router(SLOW_ENOUGH, 0, SLOW_ENOUGH, 3, Tier.VLLM));

        assertThat(vllm.requests()).hasSize(1);
        assertThat(routed.attempts()).extracting(ModelCall::outcome).containsExactly("http 400", "ok");
    }

    @Test
    void disabledTierIsSkippedWithoutARequestAndTheReasonSaysSo() {
        vllm.script(OpenAiWire.answer("from vllm", 10, 2));
        ModelRouter router = TestRouting.router(TestRouting.settings(
                BedrockSettings.disabled(),
                TestRouting.vllm(vllm, SLOW_ENOUGH, 0),
                TestRouting.always(Tier.BEDROCK, "prefer bedrock")));

        RoutedChat routed = route(router);

        assertThat(routed.attempts())
                .extracting(ModelCall::tier, ModelCall::reason)
                .containsExactly(tuple("vllm", "fallback after bedrock: disabled"));
    }

    private ModelRouter router(
            Duration bedrockTimeout, int bedrockRetries, Duration vllmTimeout, int vllmRetries, Tier preferred) {
        return TestRouting.router(TestRouting.settings(
                TestRouting.bedrock(bedrock, bedrockTimeout, bedrockRetries),
                TestRouting.vllm(vllm, vllmTimeout, vllmRetries),
                TestRouting.always(preferred, "prefer " + preferred.wireName())));
    }

    private static RoutedChat route(ModelRouter router) {
        return router.chat(
                TestRouting.context(Role.DIAGNOSTIC, TokenBudget.of(10_000)),
                TestRouting.question("q"),
                InvestigationObserver.NONE);
    }
}
