package dev.triage.agents.routing;

import static dev.triage.agents.routing.TestRouting.BEDROCK_MODEL;
import static dev.triage.agents.routing.TestRouting.SLOW_ENOUGH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.testing.BedrockWire;
import dev.triage.agents.testing.ScriptedWire;
import dev.triage.agents.testing.ScriptedWire.Recorded;
import dev.triage.model.ModelCall;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real BedrockChatModel against a Converse fake: what goes over the wire, and what comes back. */
class BedrockTierTest {

    private final BedrockWire bedrock = new BedrockWire();
    private final ModelRouter router = TestRouting.router(TestRouting.settings(
            TestRouting.bedrock(bedrock, SLOW_ENOUGH, 0),
            VllmSettings.disabled(),
            TestRouting.always(Tier.BEDROCK, "analysis on bedrock")));

    @AfterEach
    void close() {
        bedrock.close();
    }

    @Test
    void converseRequestIsSignedAndCarriesTheConversation() {
        bedrock.script(BedrockWire.answer("the pod is OOMKilled", 120, 30));

        router.chat(
                TestRouting.context(Role.ANALYSIS, TokenBudget.of(10_000)),
                TestRouting.question("why?"),
                InvestigationObserver.NONE);

        Recorded request = bedrock.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/model/anthropic.claude-3-5-haiku-20241022-v1%3A0/converse");
        assertThat(request.header("Authorization"))
                .startsWith("AWS4-HMAC-SHA256 Credential=" + BedrockWire.ACCESS_KEY + "/")
                .contains("/eu-west-1/bedrock/aws4_request");
        assertThat(request.header("amz-sdk-request")).isEqualTo("attempt=1; max=1"); // the router does the retrying
        assertThat(request.body().at("/messages/0/role").asString()).isEqualTo("user");
        assertThat(request.body().at("/messages/0/content/0/text").asString()).isEqualTo("why?");
    }

    @Test
    void answerIsRecordedWithTheUsageBedrockReportedAndChargedToTheBudget() {
        bedrock.script(BedrockWire.answer("the pod is OOMKilled", 120, 30));
        TokenBudget budget = TokenBudget.of(10_000);

        RoutedChat routed = router.chat(
                TestRouting.context(Role.ANALYSIS, budget), TestRouting.question("why?"), InvestigationObserver.NONE);

        assertThat(routed).isInstanceOfSatisfying(RoutedChat.Answered.class, answered -> {
            assertThat(answered.tier()).isEqualTo(Tier.BEDROCK);
            assertThat(answered.response().aiMessage().text()).isEqualTo("the pod is OOMKilled");
        });
        ModelCall call = routed.attempts().getFirst();
        assertThat(call)
                .extracting(ModelCall::agent, ModelCall::tier, ModelCall::model, ModelCall::reason)
                .containsExactly("analysis", "bedrock", BEDROCK_MODEL, "analysis on bedrock");
        assertThat(call)
                .extracting(ModelCall::inputTokens, ModelCall::outputTokens, ModelCall::outcome)
                .containsExactly(120, 30, "ok");
        assertThat(routed.attempts()).hasSize(1);
        assertThat(budget.used()).isEqualTo(150);
    }

    @Test
    void toolSpecificationsGoOutAsToolConfigAndToolUseComesBackAsAToolRequest() {
        bedrock.script(BedrockWire.toolUse("tool-1", "pod_logs", Map.of("pod", "cart-7f9"), 200, 40));
        ToolSpecification logs = ToolSpecification.builder()
                .name("pod_logs")
                .description("Logs of a pod")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("pod")
                        .required("pod")
                        .build())
                .build();
        ChatRequest request = ChatRequest.builder()
                .messages(UserMessage.from("diagnose cart"))
                .toolSpecifications(logs)
                .build();

        RoutedChat routed = router.chat(
                TestRouting.context(Role.DIAGNOSTIC, TokenBudget.of(10_000)), request, InvestigationObserver.NONE);

        Recorded sent = bedrock.requests().getFirst();
        assertThat(sent.body().at("/toolConfig/tools/0/toolSpec/name").asString())
                .isEqualTo("pod_logs");
        assertThat(sent.body()
                        .at("/toolConfig/tools/0/toolSpec/inputSchema/json/required/0")
                        .asString())
                .isEqualTo("pod");
        var toolRequest = ((RoutedChat.Answered) routed)
                .response()
                .aiMessage()
                .toolExecutionRequests()
                .getFirst();
        assertThat(toolRequest.id()).isEqualTo("tool-1");
        assertThat(toolRequest.name()).isEqualTo("pod_logs");
        assertThat(ScriptedWire.JSON
                        .readTree(toolRequest.arguments())
                        .at("/pod")
                        .asString())
                .isEqualTo("cart-7f9");
    }
}
