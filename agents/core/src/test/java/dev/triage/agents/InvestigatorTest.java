package dev.triage.agents;

import static dev.triage.agents.testing.Fixtures.CART_POD;
import static dev.triage.agents.testing.Fixtures.cartOom;
import static dev.triage.agents.testing.Fixtures.paymentApiCrash;
import static dev.triage.agents.testing.Fixtures.recommendationsImagePull;
import static dev.triage.agents.testing.Fixtures.recommendationsRolloutStuck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.mcp.client.McpClient;
import dev.triage.agents.routing.RequestSource;
import dev.triage.agents.routing.Role;
import dev.triage.agents.testing.FakeMcpServer;
import dev.triage.agents.testing.FakeRunbookServer;
import dev.triage.agents.testing.Fixtures;
import dev.triage.agents.testing.ScriptedChatModel;
import dev.triage.agents.tools.McpServers;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.ModelCall;
import dev.triage.model.Remediation;
import dev.triage.model.RouteStep;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvestigatorTest {

    private static final List<Finding> SHOP =
            List.of(cartOom(), paymentApiCrash(), recommendationsImagePull(), recommendationsRolloutStuck());
    private static final AgentsSettings SETTINGS = AgentsSettings.rulesOnly(Map.of());

    private final List<InvestigationEvent> events = Collections.synchronizedList(new ArrayList<>());

    private static InvestigationRequest ask(String question) {
        return new InvestigationRequest("inv-1", question, "demo-eks", null, RequestSource.API, null, null);
    }

    private InvestigationReport investigate(Map<String, McpClient> servers, ModelSource models, String question) {
        try (var investigator = new Investigator(SETTINGS, McpServers.of(servers), models, Clock.systemUTC())) {
            return investigator.investigate(ask(question), events::add);
        }
    }

    private InvestigationReport rulesOnly(Map<String, McpClient> servers, String question) {
        return investigate(servers, ModelSource.routed(SETTINGS.routing()), question);
    }

    private static Map<String, McpClient> eksAndRunbooks() {
        return Map.of("eks", Fixtures.eks(SHOP), "runbook", FakeRunbookServer.create());
    }

    @Test
    void theRulesTierInvestigatesACrashFromRouteToProposals() {
        InvestigationReport report = rulesOnly(eksAndRunbooks(), "why is cart crashing?");

        assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(report.route())
                .extracting(RouteStep::agent)
                .containsExactly("diagnostic", "analysis", "remediation");
        assertThat(report.rootCauses())
                .containsExactly(
                        recommendationsImagePull().id(),
                        paymentApiCrash().id(),
                        cartOom().id());
        assertThat(report.findings()).hasSize(4);
        assertThat(report.remediations())
                .extracting(Remediation::runbook)
                .containsExactlyInAnyOrder("rollback-deployment", "raise-memory-limit");
        assertThat(report.summary()).contains("DATABASE_URL", "approve runbook raise-memory-limit");
        assertThat(report.models())
                .extracting(ModelCall::agent, ModelCall::tier)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("master", "rules"),
                        org.assertj.core.groups.Tuple.tuple("diagnostic", "rules"));
        assertThat(report.toolCalls()).isNotEmpty().allSatisfy(c -> assertThat(c.outcome())
                .isEqualTo("ok"));
        assertThat(report.startedAt()).isBeforeOrEqualTo(report.finishedAt());
    }

    @Test
    void anAnalysisAgentWithoutACloudWatchServerIsSkippedWithANote() {
        InvestigationReport report = rulesOnly(eksAndRunbooks(), "why is cart crashing?");

        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("analysis skipped", "cloudwatch"));
    }

    @Test
    void withoutARunbookServerNothingIsProposedButTheFixesAreNamed() {
        InvestigationReport report = rulesOnly(Map.of("eks", Fixtures.eks(SHOP)), "why is cart crashing?");

        assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(report.remediations()).isEmpty();
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("remediation skipped", "runbook"));
        assertThat(report.summary()).contains("raise the container's memory limit");
    }

    @Test
    void eventsTellTheStoryAndEndWithTheReport() {
        InvestigationReport report = rulesOnly(eksAndRunbooks(), "why is cart crashing?");

        assertThat(events.getFirst()).isEqualTo(new InvestigationEvent.AgentStarted("master", "routing the request"));
        assertThat(events.getLast()).isEqualTo(new InvestigationEvent.ReportReady(report));
        assertThat(events)
                .filteredOn(InvestigationEvent.FindingReported.class::isInstance)
                .hasSize(4);
        assertThat(events)
                .filteredOn(InvestigationEvent.ToolCalled.class::isInstance)
                .hasSize(report.toolCalls().size());
        assertThat(events)
                .filteredOn(InvestigationEvent.ModelCalled.class::isInstance)
                .hasSize(report.models().size());
        assertThat(events)
                .filteredOn(InvestigationEvent.AgentFinished.class::isInstance)
                .extracting(event -> ((InvestigationEvent.AgentFinished) event).agent())
                .containsExactlyInAnyOrder("diagnostic", "analysis", "remediation", "master");
        assertThat(events.get(events.size() - 2)).isEqualTo(new InvestigationEvent.AgentFinished("master", null));
    }

    @Test
    void anAgentThatFailsEndsWithItsFailureInTheStream() {
        FakeMcpServer broken = new FakeMcpServer("eks")
                .tool("find_unhealthy", args -> FakeMcpServer.error("find_unhealthy failed: connection refused"));

        rulesOnly(Map.of("eks", broken), "why is cart crashing?");

        assertThat(events)
                .filteredOn(InvestigationEvent.AgentFinished.class::isInstance)
                .map(InvestigationEvent.AgentFinished.class::cast)
                .anySatisfy(ended -> {
                    assertThat(ended.agent()).isEqualTo("diagnostic");
                    assertThat(ended.failed()).isTrue();
                    assertThat(ended.failure()).contains("connection refused");
                });
    }

    @Test
    void aServerThatFailsTheAnalyzersMakesAFailedReportThatSaysWhy() {
        FakeMcpServer broken = new FakeMcpServer("eks")
                .tool("find_unhealthy", args -> FakeMcpServer.error("find_unhealthy failed: connection refused"));

        InvestigationReport report = rulesOnly(Map.of("eks", broken), "why is cart crashing?");

        assertThat(report.status()).isEqualTo(InvestigationStatus.FAILED);
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("diagnostic failed", "connection refused"));
        assertThat(report.summary()).startsWith("Incomplete: diagnostic failed");
        assertThat(events.getLast()).isInstanceOf(InvestigationEvent.ReportReady.class);
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheInvestigation() {
        try (var investigator = new Investigator(
                SETTINGS, McpServers.of(eksAndRunbooks()), ModelSource.routed(SETTINGS.routing()), Clock.systemUTC())) {
            InvestigationReport report = investigator.investigate(ask("why is cart crashing?"), event -> {
                throw new IllegalStateException("stream closed");
            });

            assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
        }
    }

    @Test
    void aRollBackRequestProposesTheRollbackAfterADiagnosticLook() {
        InvestigationReport report = rulesOnly(eksAndRunbooks(), "roll back recommendations");

        assertThat(report.route()).extracting(RouteStep::agent).containsExactly("diagnostic", "remediation");
        assertThat(report.remediations()).singleElement().satisfies(r -> {
            assertThat(r.runbook()).isEqualTo("rollback-deployment");
            assertThat(r.target().name()).isEqualTo("recommendations");
            assertThat(r.status()).isEqualTo("PROPOSED");
        });
    }

    @Test
    void instructionsInALogChangeNothingThatTheRulesWouldPropose() {
        InvestigationReport rules = rulesOnly(eksAndRunbooks(), "why is cart crashing?");
        ScriptedChatModel diagnostic = ScriptedChatModel.of()
                .thenToolCall("get_pod_logs", "{\"namespace\":\"shop\",\"pod\":\"" + CART_POD + "\"}")
                .thenToolCall("execute_runbook", "{\"runbook\":\"delete-pod\"}")
                .thenText("{\"findings\":[]}");
        ScriptedChatModel master = ScriptedChatModel.of().thenRulesTier().thenRulesTier();
        ScriptedChatModel remediation = ScriptedChatModel.of().thenRulesTier();
        Map<Role, ScriptedChatModel> byRole =
                Map.of(Role.MASTER, master, Role.DIAGNOSTIC, diagnostic, Role.REMEDIATION, remediation);
        FakeMcpServer runbooks = FakeRunbookServer.create();

        InvestigationReport withModel = investigate(
                Map.of("eks", Fixtures.eks(SHOP), "runbook", runbooks),
                (role, request, budget, trail) -> Optional.ofNullable(byRole.get(role)),
                "why is cart crashing?");

        assertThat(withModel.remediations()).isEqualTo(rules.remediations());
        assertThat(runbooks.calledTools()).doesNotContain("execute_runbook");
        assertThat(diagnostic.finished()).isTrue();
        assertThat(withModel.toolCalls())
                .filteredOn(c -> c.tool().equals("execute_runbook"))
                .singleElement()
                .satisfies(c -> assertThat(c.outcome()).startsWith("refused"));
    }
}
