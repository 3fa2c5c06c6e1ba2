package dev.triage.agents.routing;

import static dev.triage.agents.routing.TestRouting.SLOW_ENOUGH;
import static dev.triage.agents.routing.TestRouting.VLLM_MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.testing.OpenAiWire;
import dev.triage.agents.testing.ScriptedWire.Recorded;
import dev.triage.model.ModelCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real OpenAiChatModel against a chat-completions fake standing in for vLLM. */
class VllmTierTest {

    private final OpenAiWire vllm = new OpenAiWire();

    @AfterEach
    void close() {
        vllm.close();
    }

    @Test
    void chatCompletionCarriesTheServedModelAndNoKeyWhenNoneIsConfigured() {
        vllm.script(OpenAiWire.answer("restart it", 80, 12));
        ModelRouter router = TestRouting.router(TestRouting.settings(
                BedrockSettings.disabled(),
                TestRouting.vllm(vllm, SLOW_ENOUGH, 0),
                TestRouting.always(Tier.VLLM, "remediation on vllm")));

        RoutedChat routed = router.chat(
                TestRouting.context(Role.REMEDIATION, TokenBudget.of(1_000)),
                TestRouting.question("fix?"),
                InvestigationObserver.NONE);

        Recorded request = vllm.requests().getFirst();
        assertThat(request.rawPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Authorization")).isNull();
        assertThat(request.body().at("/model").asString()).isEqualTo(VLLM_MODEL);
        assertThat(request.body().at("/messages/0/content").asString()).isEqualTo("fix?");
        assertThat(routed.attempts())
                .extracting(ModelCall::tier, ModelCall::model, ModelCall::inputTokens, ModelCall::outputTokens)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vllm", VLLM_MODEL, 80, 12));
    }

    @Test
    void publicFactoryBuildsTheConfiguredModelAndSendsTheApiKey() {
        vllm.script(OpenAiWire.answer("ok", 5, 1));
        VllmSettings withKey = new VllmSettings(true, vllm.baseUrl(), VLLM_MODEL, "vllm-key", SLOW_ENOUGH, 0);
        RoutingSettings settings =
                new RoutingSettings(null, withKey, List.of(), Tier.VLLM, null, null, Duration.ofMillis(1), 1_000);

        RoutedChat routed = ModelRouter.create(settings)
                .chat(
                        TestRouting.context(Role.MASTER, TokenBudget.of(1_000)),
                        TestRouting.question("plan"),
                        InvestigationObserver.NONE);

        assertThat(routed).isInstanceOf(RoutedChat.Answered.class);
        assertThat(routed.attempts().getFirst().reason()).isEqualTo("default tier");
        assertThat(vllm.requests().getFirst().header("Authorization")).isEqualTo("Bearer vllm-key");
    }
}
