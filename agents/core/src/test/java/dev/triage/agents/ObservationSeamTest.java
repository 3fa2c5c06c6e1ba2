package dev.triage.agents;

import static dev.triage.agents.testing.Fixtures.cartOom;
import static dev.triage.agents.testing.Fixtures.paymentApiCrash;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.mcp.client.McpClient;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.observation.ToolInvocation;
import dev.triage.agents.routing.RequestSource;
import dev.triage.agents.testing.FakeMcpServer;
import dev.triage.agents.testing.FakeRunbookServer;
import dev.triage.agents.testing.Fixtures;
import dev.triage.agents.tools.McpServers;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.ToolCall;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The observer sees each piece of work begin and end, inside the agent doing it, as the report records it. */
class ObservationSeamTest {

    private static final AgentsSettings SETTINGS = AgentsSettings.rulesOnly(Map.of());

    /** Keeps what it is told as lines, and checks as it goes that every end matches an open begin. */
    static final class Recorder implements InvestigationObserver {
        final List<String> lines = new ArrayList<>();
        final Set<String> openAgents = new HashSet<>();
        final Set<ToolInvocation> openTools = new HashSet<>();
        final List<String> problems = new ArrayList<>();

        @Override
        public synchronized void investigationStarted() {
            lines.add("investigation started");
        }

        @Override
        public synchronized void investigationFinished(InvestigationReport report) {
            lines.add("investigation finished");
            check(openAgents.isEmpty() && openTools.isEmpty(), "work still open at the end: " + openAgents);
        }

        @Override
        public synchronized void investigationFailed(InvestigationReport report, String reason) {
            lines.add("investigation failed");
        }

        @Override
        public synchronized void agentStarted(String agent, String reason) {
            check(openAgents.add(agent), agent + " started twice");
            lines.add(agent + " started");
        }

        @Override
        public synchronized void agentFinished(String agent) {
            check(openAgents.remove(agent), agent + " finished without starting");
            lines.add(agent + " finished");
        }

        @Override
        public synchronized void agentFailed(String agent, String reason) {
            check(openAgents.remove(agent), agent + " failed without starting");
            lines.add(agent + " failed");
        }

        @Override
        public synchronized void toolStarted(ToolInvocation invocation) {
            check(openAgents.contains(invocation.agent()), invocation.tool() + " called outside its agent");
            openTools.add(invocation);
        }

        @Override
        public synchronized void toolFinished(ToolInvocation invocation, ToolCall call, String resultText) {
            check(openTools.remove(invocation), invocation.tool() + " finished without starting");
            check(call.tool().equals(invocation.tool()), "the call is not the invocation's");
            lines.add("tool " + call.tool() + " " + call.outcome());
        }

        @Override
        public synchronized void toolFailed(ToolInvocation invocation, ToolCall call) {
            check(openTools.remove(invocation), invocation.tool() + " failed without starting");
            lines.add("tool " + call.tool() + " failed");
        }

        private void check(boolean holds, String problem) {
            if (!holds) {
                problems.add(problem);
            }
        }
    }

    private static InvestigationReport investigate(Map<String, McpClient> servers, InvestigationObserver observer) {
        try (var investigator = new Investigator(
                SETTINGS,
                McpServers.of(servers),
                ModelSource.routed(SETTINGS.routing()),
                Clock.systemUTC(),
                request -> observer)) {
            return investigator.investigate(
                    new InvestigationRequest(
                            "inv-1", "why is cart crashing?", "demo-eks", null, RequestSource.API, null, null),
                    null);
        }
    }

    @Test
    void everyAgentAndToolCallBeginsAndEndsInsideTheInvestigation() {
        Recorder recorder = new Recorder();

        InvestigationReport report = investigate(
                Map.of(
                        "eks",
                        Fixtures.eks(List.of(cartOom(), paymentApiCrash())),
                        "runbook",
                        FakeRunbookServer.create()),
                recorder);

        assertThat(recorder.problems).isEmpty();
        assertThat(recorder.lines.getFirst()).isEqualTo("investigation started");
        assertThat(recorder.lines.get(1)).isEqualTo("master started");
        assertThat(recorder.lines.getLast()).isEqualTo("investigation finished");
        assertThat(recorder.lines)
                .contains("diagnostic finished", "analysis finished", "remediation finished", "master finished");
        assertThat(recorder.lines)
                .filteredOn(line -> line.startsWith("tool "))
                .hasSize(report.toolCalls().size());
    }

    @Test
    void anAgentWhoseServerFailsItEndsFailedAndSoDoesTheInvestigation() {
        Recorder recorder = new Recorder();
        FakeMcpServer broken = new FakeMcpServer("eks")
                .tool("find_unhealthy", args -> FakeMcpServer.error("find_unhealthy failed: connection refused"));

        InvestigationReport report = investigate(Map.of("eks", broken), recorder);

        assertThat(report.status()).isEqualTo(InvestigationStatus.FAILED);
        assertThat(recorder.problems).isEmpty();
        assertThat(recorder.lines).contains("tool find_unhealthy failed", "diagnostic failed");
        assertThat(recorder.lines.getLast()).isEqualTo("investigation failed");
    }

    @Test
    void anObserverThatThrowsLeavesTheReportWhole() {
        InvestigationObserver throwing = new InvestigationObserver() {
            @Override
            public void toolFinished(ToolInvocation invocation, ToolCall call, String resultText) {
                throw new IllegalStateException("exporter queue full");
            }
        };

        InvestigationReport report = investigate(
                Map.of("eks", Fixtures.eks(List.of(cartOom())), "runbook", FakeRunbookServer.create()), throwing);

        assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(report.toolCalls()).isNotEmpty();
        assertThat(report.findings()).isNotEmpty();
    }
}
