package dev.triage.agents.routing;

import static dev.triage.agents.routing.TestRouting.SLOW_ENOUGH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.service.AiServices;
import dev.triage.agents.testing.BedrockWire;
import dev.triage.agents.testing.OpenAiWire;
import dev.triage.agents.trail.Trail;
import dev.triage.model.ModelCall;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ChatModel facade: langchain4j AI services run on routed models, and rules surface as an exception. */
class RoutedChatModelTest {

    private final BedrockWire bedrock = new BedrockWire();
    private final OpenAiWire vllm = new OpenAiWire();
    private final Trail trail = Trail.silent();

    interface Diagnostician {
        String diagnose(String question);
    }

    static final class PodTools {
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Tool("Current log of a pod")
        String podLogs(String pod) {
            asked.add(pod);
            return "java.lang.OutOfMemoryError: Java heap space";
        }
    }

    @AfterEach
    void close() {
        bedrock.close();
        vllm.close();
    }

    @Test
    void aiServiceToolLoopRunsOnTheRoutedModelAndReportsEachCall() {
        vllm.script(
                OpenAiWire.toolCall("call-1", "podLogs", "{\"pod\":\"cart-7f9\"}", 100, 20),
                OpenAiWire.answer("cart-7f9 ran out of heap", 180, 15));
        PodTools tools = new PodTools();
        Diagnostician agent = AiServices.builder(Diagnostician.class)
                .chatModel(router(TestRouting.always(Tier.VLLM, "diagnostic on vllm"))
                        .chatModel(context(), trail))
                .tools(tools)
                .build();

        String answer = agent.diagnose("why is cart crashing?");

        assertThat(answer).isEqualTo("cart-7f9 ran out of heap");
        assertThat(tools.asked).containsExactly("cart-7f9");
        assertThat(vllm.requests()
                        .getFirst()
                        .body()
                        .at("/tools/0/function/name")
                        .asString())
                .isEqualTo("podLogs");
        assertThat(vllm.requests().get(1).body().at("/messages/2/role").asString())
                .isEqualTo("tool");
        assertThat(vllm.requests().get(1).body().at("/messages/2/tool_call_id").asString())
                .isEqualTo("call-1");
        assertThat(trail.modelCalls())
                .extracting(ModelCall::agent, ModelCall::tier, ModelCall::inputTokens)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("diagnostic", "vllm", 100),
                        org.assertj.core.groups.Tuple.tuple("diagnostic", "vllm", 180));
    }

    @Test
    void rulesDecisionThrowsRulesTierSelectedCarryingTheAttempts() {
        bedrock.script(BedrockWire.error(503));
        vllm.script(OpenAiWire.error(503));
        RoutedChatModel model =
                router(TestRouting.always(Tier.BEDROCK, "prefer bedrock")).chatModel(context(), trail);

        assertThatThrownBy(() -> model.chat("why?")).isInstanceOfSatisfying(RulesTierSelected.class, selected -> {
            assertThat(selected.reason()).isEqualTo("fallback after vllm: http 503");
            assertThat(selected.attempts()).extracting(ModelCall::tier).containsExactly("bedrock", "vllm", "rules");
            assertThat(trail.modelCalls()).isEqualTo(selected.attempts());
        });
    }

    @Test
    void evidenceSizeIsMeasuredFromTheRequestSoLargeEvidenceReachesTheLargerModel() {
        bedrock.script(BedrockWire.answer("large", 1, 1));
        vllm.script(OpenAiWire.answer("small", 1, 1));
        RoutedChatModel model = router(
                        new PolicyRule(Set.of(), Set.of(), null, 1_000, null, Tier.VLLM, "small evidence"),
                        TestRouting.always(Tier.BEDROCK, "large evidence"))
                .chatModel(context(), trail);

        assertThat(model.chat("short question")).isEqualTo("small");
        assertThat(model.chat("log line\n".repeat(200))).isEqualTo("large");
        assertThat(trail.modelCalls())
                .extracting(ModelCall::reason)
                .containsExactly("small evidence", "large evidence");
    }

    private ModelRouter router(PolicyRule... policy) {
        return TestRouting.router(TestRouting.settings(
                TestRouting.bedrock(bedrock, SLOW_ENOUGH, 0), TestRouting.vllm(vllm, SLOW_ENOUGH, 0), policy));
    }

    private static CallContext context() {
        return TestRouting.context(Role.DIAGNOSTIC, TokenBudget.of(100_000));
    }
}
