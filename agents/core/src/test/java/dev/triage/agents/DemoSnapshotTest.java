package dev.triage.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.triage.agents.routing.RequestSource;
import dev.triage.agents.testing.DemoServers;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.Remediation;
import dev.triage.model.RouteStep;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules tier against the bundled demo snapshot, wired as the embedded default is: the real EKS and runbook MCP
 * servers over HTTP on loopback.
 */
class DemoSnapshotTest {

    private static DemoServers servers;

    @BeforeAll
    static void startServers() {
        servers = DemoServers.start();
    }

    @AfterAll
    static void stopServers() {
        servers.close();
    }

    private static InvestigationRequest ask(String question, String namespace) {
        return new InvestigationRequest("demo-1", question, "demo-eks", namespace, RequestSource.CLI, null, null);
    }

    private static InvestigationReport investigate(String question, String namespace) {
        try (var investigator = Investigator.create(AgentsSettings.rulesOnly(servers.urls()))) {
            return investigator.investigate(ask(question, namespace), InvestigationListener.ignoring());
        }
    }

    @Test
    void everyPlantedFailureIsFoundWithItsCauseAndNoHealthyWorkloadIs() {
        InvestigationReport report = investigate("diagnose unhealthy pods", null);

        Map<String, String> causes =
                report.findings().stream().collect(Collectors.toMap(Finding::id, f -> String.valueOf(f.causedBy())));
        assertThat(causes)
                .containsAllEntriesOf(Map.ofEntries(
                        Map.entry("oom_killed/Deployment/shop/cart", "null"),
                        Map.entry("crash_loop/Deployment/payments/payment-api", "null"),
                        Map.entry("image_pull/Deployment/shop/recommendations", "null"),
                        Map.entry(
                                "rollout_stuck/Deployment/shop/recommendations",
                                "image_pull/Deployment/shop/recommendations"),
                        Map.entry("config_error/Deployment/shop/checkout", "null"),
                        Map.entry("config_error/Deployment/payments/ledger-worker", "null"),
                        Map.entry("unschedulable/Deployment/data/etl-worker", "null"),
                        Map.entry("volume_error/PersistentVolumeClaim/data/data-postgres-0", "null"),
                        Map.entry(
                                "unschedulable/StatefulSet/data/postgres",
                                "volume_error/PersistentVolumeClaim/data/data-postgres-0"),
                        Map.entry("service_no_endpoints/Service/shop/catalog", "null"),
                        Map.entry(
                                "probe_failure/Deployment/shop/frontend", "service_no_endpoints/Service/shop/catalog"),
                        Map.entry("probe_failure/Deployment/payments/notifications", "null"),
                        Map.entry("init_failure/Deployment/payments/fraud-detector", "null"),
                        Map.entry("job_failed/CronJob/data/nightly-report", "null"),
                        Map.entry("quota_exceeded/Deployment/data/ingest", "null"),
                        Map.entry("node_not_ready/Node/ip-10-0-3-47.ec2.internal", "null"),
                        Map.entry("resource_saturation/Node/ip-10-0-2-19.ec2.internal", "null"),
                        Map.entry(
                                "evicted/Deployment/shop/image-resizer",
                                "resource_saturation/Node/ip-10-0-2-19.ec2.internal"),
                        Map.entry("config_error/Deployment/monitoring/grafana", "null"),
                        Map.entry("config_error/Ingress/shop/storefront", "null")));
        assertThat(report.findings())
                .extracting(Finding::name)
                .doesNotContain("web", "gateway", "legacy-api", "weekly-compaction", "orders", "coredns");
        assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
    }

    @Test
    void rootCausesAreListedBeforeTheirSymptomsAndOnlyRootCausesAreRootCauses() {
        InvestigationReport report = investigate("diagnose unhealthy pods", null);

        List<String> order = report.findings().stream().map(Finding::id).toList();
        assertThat(order.indexOf("image_pull/Deployment/shop/recommendations"))
                .isLessThan(order.indexOf("rollout_stuck/Deployment/shop/recommendations"));
        assertThat(order.indexOf("service_no_endpoints/Service/shop/catalog"))
                .isLessThan(order.indexOf("probe_failure/Deployment/shop/frontend"));
        assertThat(report.rootCauses())
                .doesNotContain(
                        "rollout_stuck/Deployment/shop/recommendations",
                        "probe_failure/Deployment/shop/frontend",
                        "evicted/Deployment/shop/image-resizer");
        assertThat(report.rootCauses().getFirst())
                .isEqualTo(report.findings().getFirst().id());
    }

    @Test
    void theRulesProposeRunbooksWhereTheyHelpAndNameTheFixWhereTheyDoNot() {
        InvestigationReport report = investigate("diagnose unhealthy pods", null);

        assertThat(report.remediations())
                .extracting(Remediation::runbook, r -> r.target().toString(), Remediation::params)
                .contains(
                        tuple(
                                "raise-memory-limit",
                                "Deployment/shop/cart",
                                Map.of("container", "cart", "memory_limit", "384Mi", "timeout", "10m")),
                        tuple(
                                "rollback-deployment",
                                "Deployment/shop/recommendations",
                                Map.of("revision", "6", "timeout", "10m")),
                        tuple("restart-deployment", "Deployment/payments/notifications", Map.of("timeout", "10m")),
                        tuple("cordon-node", "Node/ip-10-0-3-47.ec2.internal", Map.of()));
        assertThat(report.remediations())
                .extracting(r -> r.target().name())
                .doesNotContain("payment-api", "checkout", "ledger-worker", "grafana");
        assertThat(report.remediations()).allSatisfy(r -> {
            assertThat(r.requiresApproval()).isTrue();
            assertThat(r.status()).isEqualTo("PROPOSED");
            assertThat(r.proposalId()).startsWith("rp-");
        });
    }

    @Test
    void aCrashCausedByMissingConfigurationGetsItsFixNamedAndNoRestart() {
        InvestigationReport report = investigate("why is payment-api crashing?", "payments");

        assertThat(report.rootCauses()).contains("crash_loop/Deployment/payments/payment-api");
        assertThat(report.remediations()).extracting(r -> r.target().name()).doesNotContain("payment-api");
        assertThat(report.summary()).contains("DATABASE_URL is not set", "a restart would crash the same way");
    }

    @Test
    void aQuestionAboutOneNamespaceStaysInIt() {
        InvestigationReport report = investigate("why is cart crashing?", "shop");

        assertThat(report.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.namespace())
                .isIn("shop", null));
        assertThat(report.toolCalls()).first().satisfies(c -> {
            assertThat(c.tool()).isEqualTo("find_unhealthy");
            assertThat(c.arguments()).contains("\"namespace\":\"shop\"");
        });
    }

    @Test
    void slownessRoutesToAnalysisFirstWhichIsSkippedWithoutCloudWatch() {
        InvestigationReport report = investigate("why is checkout slow", "shop");

        assertThat(report.route())
                .extracting(RouteStep::agent)
                .containsExactly("analysis", "diagnostic", "remediation");
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("analysis skipped"));
        assertThat(report.findings()).extracting(Finding::id).contains("config_error/Deployment/shop/checkout");
    }

    @Test
    void theEmbeddedDefaultWorksOverHttpWithNoRunbookServer() {
        try (var investigator = Investigator.create(
                AgentsSettings.rulesOnly(Map.of("eks", servers.urls().get("eks"))))) {
            InvestigationReport report = investigator.investigate(
                    ask("roll back recommendations", "shop"), InvestigationListener.ignoring());

            assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
            assertThat(report.route()).extracting(RouteStep::agent).containsExactly("diagnostic", "remediation");
            assertThat(report.remediations()).isEmpty();
            assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("remediation skipped"));
            assertThat(report.findings())
                    .extracting(Finding::id)
                    .contains("image_pull/Deployment/shop/recommendations");
        }
    }

    @Test
    void anEksServerThatIsDownMakesAFailedReportNotAnException() {
        try (var investigator =
                Investigator.create(AgentsSettings.rulesOnly(Map.of("eks", URI.create("http://127.0.0.1:1/mcp"))))) {
            InvestigationReport report =
                    investigator.investigate(ask("diagnose unhealthy pods", null), InvestigationListener.ignoring());

            assertThat(report.status()).isEqualTo(InvestigationStatus.FAILED);
            assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("diagnostic failed"));
        }
    }
}
