package dev.triage.agents.findings;

import static dev.triage.agents.testing.Fixtures.CART_POD;
import static dev.triage.agents.testing.Fixtures.INJECTION;
import static dev.triage.agents.testing.Fixtures.cartOom;
import static dev.triage.agents.testing.Fixtures.paymentApiCrash;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.grounding.ResourceChecks;
import dev.triage.agents.testing.FakeMcpServer;
import dev.triage.agents.testing.Fixtures;
import dev.triage.agents.testing.ScriptedChatModel;
import dev.triage.agents.testing.UntrustedBlocks;
import dev.triage.agents.tools.McpServers;
import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.tools.ToolAccess;
import dev.triage.agents.trail.AgentFailure;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Category;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import dev.triage.model.ToolCall;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingsAgentTest {

    private static final Inquiry QUESTION = new Inquiry("why is cart crashing?", "shop", null);
    private static final String LOGS_CALL = "{\"namespace\":\"shop\",\"pod\":\"" + CART_POD + "\",\"previous\":true}";

    private final FakeMcpServer eks = Fixtures.eks(List.of(cartOom(), paymentApiCrash()));
    private final McpServers servers = McpServers.of(Map.of("eks", eks));
    private final Trail trail = Trail.silent();

    private FindingsAgent diagnostic(Optional<ScriptedChatModel> model, ToolAccess access) {
        ServerTools tools = servers.tools(access, trail).orElseThrow();
        var grounding = servers.tools(new ToolAccess("eks", Set.of(ResourceChecks.TOOL)), trail);
        return FindingsAgent.diagnostic(tools, model.map(m -> m), ResourceChecks.through(grounding), trail);
    }

    private FindingsAgent diagnostic(ScriptedChatModel model) {
        return diagnostic(Optional.of(model), ToolAccess.all("eks"));
    }

    @Test
    void theRulesTierReturnsTheAnalyzersFindingsForTheNamespace() {
        List<Finding> found =
                diagnostic(Optional.empty(), ToolAccess.all("eks")).investigate(QUESTION);

        assertThat(found).containsExactly(cartOom(), paymentApiCrash());
        assertThat(eks.calls()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("find_unhealthy");
            assertThat(call.arguments()).isEqualTo("{\"namespace\":\"shop\",\"limit\":200}");
        });
    }

    @Test
    void whenTheAnalyzersCannotAnswerTheAgentFails() {
        FakeMcpServer broken = new FakeMcpServer("eks")
                .tool("find_unhealthy", args -> FakeMcpServer.error("find_unhealthy failed: 403 Forbidden"));
        ServerTools tools = McpServers.of(Map.of("eks", broken))
                .tools(ToolAccess.all("eks"), trail)
                .orElseThrow();

        var agent = FindingsAgent.diagnostic(tools, Optional.empty(), r -> false, trail);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> agent.investigate(QUESTION))
                .isInstanceOf(AgentFailure.class)
                .hasMessageContaining("403 Forbidden");
    }

    @Test
    void theModelInvestigatesWithTheEksToolsAndAlwaysSeesTheAnalyzersFindings() {
        ScriptedChatModel model =
                ScriptedChatModel.of().thenToolCall("get_pod_logs", LOGS_CALL).thenText("{\"findings\":[]}");

        diagnostic(model).investigate(QUESTION);

        assertThat(model.offeredTools())
                .containsExactlyInAnyOrder(
                        "find_unhealthy", "get_resource", "list_resources", "get_pod_logs", "get_events");
        String request = model.requests().getFirst().messages().get(1).toString();
        assertThat(request)
                .contains(
                        "<untrusted-data source=\"analyzers\">",
                        cartOom().id(),
                        paymentApiCrash().id());
        assertThat(trail.toolCalls()).extracting(ToolCall::tool).containsExactly("find_unhealthy", "get_pod_logs");
        assertThat(model.finished()).isTrue();
    }

    @Test
    void theModelIsOfferedEveryCategoryAndSeverityOfTheWireVocabulary() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText("{\"findings\":[]}");

        diagnostic(model).investigate(QUESTION);

        String system = model.requests().getFirst().messages().getFirst().toString();
        assertThat(system)
                .contains(Arrays.stream(Category.values()).map(Enum::name).toList());
        assertThat(system)
                .contains(Arrays.stream(Severity.values()).map(Enum::name).toList());
    }

    @Test
    void aModelFindingBackedByAQuoteFromAToolResultIsAdded() {
        ScriptedChatModel model = ScriptedChatModel.of()
                .thenToolCall("get_pod_logs", LOGS_CALL)
                .thenText(claims("""
                        {"kind":"Pod","namespace":"shop","name":"%s","category":"APPLICATION_ERROR",
                         "severity":"HIGH","summary":"the heap is exhausted",
                         "evidence":[{"source":"LOG","ref":"log shop/%s/cart",
                                      "quote":"ERROR java.lang.OutOfMemoryError: Java heap space"}]}""".formatted(CART_POD, CART_POD)));

        List<Finding> found = diagnostic(model).investigate(QUESTION);

        assertThat(found).hasSize(3).last().satisfies(f -> {
            assertThat(f.id()).isEqualTo("application_error/Pod/shop/" + CART_POD);
            assertThat(f.category()).isEqualTo(Category.APPLICATION_ERROR);
            assertThat(f.owner()).isEqualTo(new ResourceRef("Deployment", "shop", "cart"));
        });
        assertThat(trail.notes()).isEmpty();
    }

    @Test
    void anInventedPodIsDroppedAndTheDropIsNoted() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText(claims("""
                {"kind":"Pod","namespace":"shop","name":"cart-0000","category":"OOM_KILLED","severity":"HIGH",
                 "summary":"cart-0000 was OOMKilled","evidence":[{"source":"STATUS","ref":"x","quote":"OOMKilled"}]}"""));

        List<Finding> found = diagnostic(model).investigate(QUESTION);

        assertThat(found).containsExactly(cartOom(), paymentApiCrash());
        assertThat(trail.notes()).singleElement().asString().contains("Pod/shop/cart-0000", "no such resource");
        assertThat(trail.toolCalls())
                .extracting(ToolCall::tool, ToolCall::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("get_resource", "error: get_resource failed: not found"));
    }

    @Test
    void aCategoryOutsideTheVocabularyIsDroppedAndNoted() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText(claims("""
                {"kind":"Deployment","namespace":"shop","name":"cart","category":"MEMORY_LEAK","severity":"HIGH",
                 "summary":"leak","evidence":[{"source":"STATUS","ref":"x","quote":"OOMKilled"}]}"""));

        assertThat(diagnostic(model).investigate(QUESTION)).hasSize(2);
        assertThat(trail.notes()).singleElement().asString().contains("MEMORY_LEAK", "vocabulary");
    }

    @Test
    void aQuoteNoToolEverReturnedDoesNotGroundAFinding() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText(claims("""
                {"kind":"Pod","namespace":"shop","name":"%s","category":"CRASH_LOOP","severity":"HIGH",
                 "summary":"segfault","evidence":[{"source":"LOG","ref":"x","quote":"segfault at 0x0"}]}""".formatted(CART_POD)));

        assertThat(diagnostic(model).investigate(QUESTION)).hasSize(2);
        assertThat(trail.notes()).singleElement().asString().contains("none of its quotes");
    }

    @Test
    void anAllowListLimitsTheToolsTheModelIsShown() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText("{\"findings\":[]}");

        diagnostic(Optional.of(model), new ToolAccess("eks", Set.of("find_unhealthy", "get_events")))
                .investigate(QUESTION);

        assertThat(model.offeredTools()).containsExactlyInAnyOrder("find_unhealthy", "get_events");
    }

    @Test
    void aLogLineGivingOrdersReachesTheModelOnlyAsDataAndCannotRunAnything() {
        ScriptedChatModel model = ScriptedChatModel.of()
                .thenToolCall("get_pod_logs", LOGS_CALL)
                .thenToolCall("execute_runbook", "{\"runbook\":\"delete-pod\",\"namespace\":\"shop\"}")
                .thenText("{\"findings\":[]}");

        List<Finding> found = diagnostic(model).investigate(QUESTION);

        assertThat(found).containsExactly(cartOom(), paymentApiCrash());
        assertThat(model.offeredTools()).noneMatch(tool -> tool.startsWith("execute") || tool.contains("runbook"));
        assertThat(model.sentTexts())
                .anyMatch(text -> text.contains(INJECTION))
                .allMatch(text -> UntrustedBlocks.onlyInside(text, INJECTION));
        assertThat(eks.calledTools()).doesNotContain("execute_runbook");
        assertThat(trail.toolCalls())
                .filteredOn(c -> c.tool().equals("execute_runbook"))
                .singleElement()
                .extracting(ToolCall::outcome)
                .asString()
                .startsWith("refused");
    }

    private static String claims(String... findings) {
        return "{\"findings\":[" + String.join(",", findings) + "]}";
    }
}
