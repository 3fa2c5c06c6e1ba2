package dev.triage.agents.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.AgentsSettings;
import dev.triage.agents.InvestigationListener;
import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.Investigator;
import dev.triage.agents.routing.RequestSource;
import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.mcp.cloudwatch.CloudWatchMcpServerApplication;
import dev.triage.mcp.eks.EksMcpServerApplication;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.RouteStep;
import dev.triage.model.ToolCall;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The rules tier's analysis agent through the real CloudWatch MCP server on the demo snapshot's series, beside the
 * real EKS server: metric-backed findings in the report, linked to the cluster's own.
 */
class AnalysisOnDemoSnapshotTest {

    private static final String OOM = "oom_killed/Deployment/shop/cart";
    private static final String CLIMB = "resource_saturation/Deployment/shop/cart";
    private static final String SEARCH = "resource_saturation/Deployment/shop/search";

    private static ConfigurableApplicationContext eks;
    private static ConfigurableApplicationContext cloudwatch;

    @BeforeAll
    static void startServers() {
        eks = start(EksMcpServerApplication.class);
        cloudwatch = start(CloudWatchMcpServerApplication.class);
    }

    @AfterAll
    static void stopServers() {
        eks.close();
        cloudwatch.close();
    }

    @Test
    void whyIsSearchSlowRunsAnalysisFirstAndReportsTheCpuSaturationWithItsFigures() {
        InvestigationReport report = investigate("why is search slow?", null);

        assertThat(report.route()).extracting(RouteStep::agent).startsWith("analysis");
        Finding search = report.findings().stream()
                .filter(f -> f.id().equals(SEARCH))
                .findFirst()
                .orElseThrow();
        assertThat(report.rootCauses()).first().isEqualTo(SEARCH);
        assertThat(report.summary()).contains("1. [HIGH] Deployment/shop/search: search: CPU pinned at its limit");
        assertThat(search.summary()).contains("CPU pinned at its limit since 09:30");
        assertThat(search.evidence())
                .extracting(Evidence::quote)
                .anyMatch(q -> q.matches("pod_cpu_utilization_over_pod_limit search: 3\\d% before 09:30 → 9\\d% from "
                        + "09:30 \\(p90 \\d+%, 12 min at or above 90%\\)"));
        assertThat(report.toolCalls())
                .filteredOn(call -> call.tool().equals("analyze_workload"))
                .extracting(ToolCall::server, ToolCall::arguments, ToolCall::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cloudwatch", "{\"workload\":\"search\"}", "ok"));
        assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
    }

    @Test
    void theOomKillIsTheRootCauseAndTheMemoryClimbThatLedToItFollowsIt() {
        InvestigationReport report = investigate("diagnose unhealthy pods", "shop");

        List<String> order = report.findings().stream().map(Finding::id).toList();
        Finding climb = report.findings().get(order.indexOf(CLIMB));
        assertThat(order.indexOf(CLIMB)).isEqualTo(order.indexOf(OOM) + 1);
        assertThat(climb.causedBy()).isEqualTo(OOM);
        assertThat(report.rootCauses()).contains(OOM, SEARCH).doesNotContain(CLIMB);
        assertThat(climb.evidence())
                .filteredOn(e -> e.source() == Evidence.Source.METRIC)
                .extracting(Evidence::quote)
                .anyMatch(q -> q.startsWith("pod_memory_utilization_over_pod_limit cart: ")
                        && q.endsWith("then a restart at 09:05"));
        Finding oom = report.findings().get(order.indexOf(OOM));
        assertThat(oom.evidence())
                .as("the OOM finding carries the memory series that led to it")
                .filteredOn(e -> e.source() == Evidence.Source.METRIC)
                .extracting(Evidence::quote)
                .anyMatch(q -> q.startsWith("pod_memory_utilization_over_pod_limit cart: "));
    }

    @Test
    void theMetricsFlagNoWorkloadTheClusterAndTheSeriesShowHealthy() {
        InvestigationReport report = investigate("diagnose unhealthy pods", null);

        assertThat(report.findings())
                .filteredOn(f -> f.evidence().stream().allMatch(e -> e.source() == Evidence.Source.METRIC))
                .extracting(Finding::id)
                .containsExactlyInAnyOrder(CLIMB, SEARCH);
        assertThat(report.findings()).extracting(Finding::name).doesNotContain("web", "gateway", "coredns");
    }

    @Test
    void aSlowThingThatIsNoWorkloadWidensTheAnalysisToTheNamespace() {
        InvestigationReport report = investigate("why is checkout so slow?", "shop");

        assertThat(report.notes()).anyMatch(n -> n.contains("no metrics for a workload named 'checkout'"));
        assertThat(report.findings()).extracting(Finding::id).contains(SEARCH);
    }

    private static InvestigationReport investigate(String question, String namespace) {
        AgentsSettings settings = AgentsSettings.rulesOnly(Map.of("eks", url(eks), "cloudwatch", url(cloudwatch)));
        try (Investigator investigator = Investigator.create(settings)) {
            return investigator.investigate(
                    new InvestigationRequest("demo-1", question, "demo-eks", namespace, RequestSource.CLI, null, null),
                    InvestigationListener.ignoring());
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application) {
        return new SpringApplicationBuilder(application)
                .run(
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--triage.snapshot=" + BundledSnapshots.demo());
    }

    private static URI url(ConfigurableApplicationContext server) {
        return URI.create("http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port") + "/mcp");
    }
}
