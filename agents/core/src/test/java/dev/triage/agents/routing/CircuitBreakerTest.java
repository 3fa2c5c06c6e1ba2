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

class CircuitBreakerTest {

    /** Opens after two attempts when both failed, and stays open for the rest of the test. */
    private static final CircuitBreakerSettings TRIP_AFTER_TWO =
            new CircuitBreakerSettings(50, 2, 2, Duration.ofMinutes(10));

    private final BedrockWire bedrock = new BedrockWire();
    private final OpenAiWire vllm = new OpenAiWire();
    private final ModelRouter router = TestRouting.router(TestRouting.withBreaker(
            TestRouting.settings(
                    TestRouting.bedrock(bedrock, SLOW_ENOUGH, 0),
                    TestRouting.vllm(vllm, SLOW_ENOUGH, 0),
                    TestRouting.always(Tier.BEDROCK, "prefer bedrock")),
            TRIP_AFTER_TWO));

    @AfterEach
    void close() {
        bedrock.close();
        vllm.close();
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndTheNextCallSkipsTheTierWithoutARequest() {
        bedrock.script(BedrockWire.error(500), BedrockWire.error(503), BedrockWire.answer("never sent", 1, 1));
        vllm.script(OpenAiWire.answer("a", 1, 1), OpenAiWire.answer("b", 1, 1), OpenAiWire.answer("c", 1, 1));
        route();
        route();

        RoutedChat third = route();

        assertThat(bedrock.requests()).hasSize(2);
        assertThat(third.attempts())
                .extracting(ModelCall::tier, ModelCall::reason, ModelCall::outcome)
                .containsExactly(
                        tuple("bedrock", "prefer bedrock", "circuit open"),
                        tuple("vllm", "fallback after bedrock: circuit open", "ok"));
    }

    @Test
    void circuitOpeningDuringRetriesStopsTheRetries() {
        RoutingSettings retrying = TestRouting.withBreaker(
                TestRouting.settings(
                        TestRouting.bedrock(bedrock, SLOW_ENOUGH, 5),
                        TestRouting.vllm(vllm, SLOW_ENOUGH, 0),
                        TestRouting.always(Tier.BEDROCK, "prefer bedrock")),
                TRIP_AFTER_TWO);
        bedrock.script(BedrockWire.error(503), BedrockWire.error(503), BedrockWire.error(503));
        vllm.script(OpenAiWire.answer("a", 1, 1));

        RoutedChat routed = TestRouting.router(retrying)
                .chat(
                        TestRouting.context(Role.MASTER, TokenBudget.of(1_000)),
                        TestRouting.question("q"),
                        InvestigationObserver.NONE);

        assertThat(bedrock.requests()).hasSize(2);
        assertThat(routed.attempts())
                .extracting(ModelCall::outcome)
                .containsExactly("http 503", "http 503", "circuit open", "ok");
    }

    private RoutedChat route() {
        return router.chat(
                TestRouting.context(Role.MASTER, TokenBudget.of(1_000)),
                TestRouting.question("q"),
                InvestigationObserver.NONE);
    }
}
