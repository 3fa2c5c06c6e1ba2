package dev.triage.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.ClusterConnections;
import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.mcp.cloudwatch.CloudWatchMcpServerApplication;
import dev.triage.mcp.eks.EksMcpServerApplication;
import dev.triage.orchestrator.TriageApplication;
import dev.triage.orchestrator.embedded.EmbeddedMcpServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One service, two clusters ({@code triage.clusters.NAME}): the bundled demo and the small OOM fixture, each an
 * embedded cluster with its own EKS and CloudWatch MCP servers started here. Every channel's request names its
 * cluster and is investigated through that cluster's servers only; an unknown cluster is refused and, for an alert,
 * kept.
 */
@SpringBootTest(
        classes = TriageApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"triage.alerts.alertmanager.token=am-token", "triage.alerts.webhook.token=wh-token"})
class SeveralClustersTest {

    private static final Cluster DEMO = Cluster.start(BundledSnapshots.demo());
    private static final Cluster FIXTURE = Cluster.start(Path.of("../runbooks/eval/oom-killed/snapshot"));

    /** An embedded cluster and the two read servers on it, as each cluster's own deployment would be. */
    private record Cluster(ClusterConnection connection, EmbeddedMcpServer eks, EmbeddedMcpServer cloudwatch) {

        static Cluster start(Path snapshot) {
            Path dir = snapshot.toAbsolutePath().normalize();
            ClusterConnection connection = ClusterConnections.open(Optional.of(dir), Optional.empty());
            Map<String, String> properties = Map.of("triage.snapshot", dir.toString());
            return new Cluster(
                    connection,
                    EmbeddedMcpServer.start("eks", EksMcpServerApplication.class, connection, properties),
                    EmbeddedMcpServer.start(
                            "cloudwatch", CloudWatchMcpServerApplication.class, connection, properties));
        }

        String name() {
            return connection.clusterName();
        }

        void register(DynamicPropertyRegistry properties) {
            properties.add(
                    "triage.clusters." + name() + ".eks.url", () -> eks.url().toString());
            properties.add(
                    "triage.clusters." + name() + ".cloudwatch.url",
                    () -> cloudwatch.url().toString());
        }

        void close() {
            cloudwatch.close();
            eks.close();
            connection.close();
        }
    }

    @DynamicPropertySource
    static void clusters(DynamicPropertyRegistry properties) {
        DEMO.register(properties);
        FIXTURE.register(properties);
        properties.add("triage.agents.cluster", DEMO::name);
    }

    @AfterAll
    static void stop() {
        FIXTURE.close();
        DEMO.close();
    }

    @LocalServerPort
    int port;

    @Test
    void eachRequestIsInvestigatedInTheClusterItNamesAndTheReportSaysWhich() throws Exception {
        ServiceClient service = new ServiceClient(port);

        String inFixture = started(service.ask(ask("diagnose unhealthy pods", FIXTURE.name())));
        String inDemo = started(service.ask(ask("diagnose unhealthy pods", DEMO.name())));
        JsonNode fixture = service.awaitFinished(inFixture);
        JsonNode demo = service.awaitFinished(inDemo);

        assertThat(fixture.get("cluster").stringValue()).isEqualTo("fixture-oom-killed");
        assertThat(findings(fixture)).as(fixture.toString()).contains("oom_killed/Deployment/shop/cart");
        assertThat(findings(fixture)).noneMatch(id -> id.contains("/payments/") || id.contains("/data/"));
        assertThat(demo.get("cluster").stringValue()).isEqualTo(DEMO.name());
        assertThat(findings(demo))
                .as(demo.toString())
                .contains("oom_killed/Deployment/shop/cart", "crash_loop/Deployment/payments/payment-api");
    }

    @Test
    void aRequestNamingNoClusterGoesToTheDefaultOne() throws Exception {
        ServiceClient service = new ServiceClient(port);

        JsonNode report = service.awaitFinished(service.start("why is payment-api crashing"));

        assertThat(report.get("cluster").stringValue()).isEqualTo(DEMO.name());
        assertThat(findings(report)).contains("crash_loop/Deployment/payments/payment-api");
    }

    @Test
    void anUnknownClusterIsA422ProblemThatNamesTheClustersServed() {
        HttpResponse<String> response = new ServiceClient(port).ask(ask("diagnose unhealthy pods", "prod-eu"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new ServiceClient(port).json(response).get("detail").stringValue())
                .contains("unknown cluster 'prod-eu'", "'" + DEMO.name() + "'", "'fixture-oom-killed'");
    }

    @Test
    void alertsAreInvestigatedInTheClusterTheyNameAndOneNamingAnotherIsKept() throws Exception {
        ServiceClient service = new ServiceClient(port);
        String fingerprint = UUID.randomUUID().toString();
        HttpResponse<String> alertmanager = post(
                "/api/v1/alerts/alertmanager",
                "am-token",
                alertmanagerGroup(
                        fingerprint,
                        "\"alertname\": \"KubePodCrashLooping\", \"cluster\": \"fixture-oom-killed\", "
                                + "\"namespace\": \"shop\", \"pod\": \"cart-7d4b9c\", \"severity\": \"critical\""));
        HttpResponse<String> generic = post(
                "/api/v1/alerts",
                "wh-token",
                "{\"title\": \"payment-api crash looping\", \"cluster\": \"" + DEMO.name()
                        + "\", \"namespace\": \"payments\", \"fingerprint\": \"" + UUID.randomUUID() + "\"}");
        HttpResponse<String> elsewhere = post(
                "/api/v1/alerts/alertmanager",
                "am-token",
                alertmanagerGroup(
                        UUID.randomUUID().toString(), "\"alertname\": \"NodeDown\", \"cluster\": \"prod-eu\""));

        assertThat(alertmanager.statusCode()).as(alertmanager.body()).isEqualTo(202);
        assertThat(generic.statusCode()).as(generic.body()).isEqualTo(202);
        JsonNode fromAlertmanager = service.awaitFinished(investigation(service, alertmanager));
        JsonNode fromWebhook = service.awaitFinished(investigation(service, generic));
        assertThat(fromAlertmanager.get("cluster").stringValue()).isEqualTo("fixture-oom-killed");
        assertThat(findings(fromAlertmanager)).contains("oom_killed/Deployment/shop/cart");
        assertThat(fromWebhook.get("cluster").stringValue()).isEqualTo(DEMO.name());
        assertThat(findings(fromWebhook)).contains("crash_loop/Deployment/payments/payment-api");
        assertThat(elsewhere.statusCode()).isEqualTo(422);
        JsonNode rejected =
                service.json(get(service, "/api/v1/alerts/rejected?limit=100")).get("rejected");
        assertThat(rejected.valueStream().map(r -> r.get("reason").stringValue()))
                .anySatisfy(reason -> assertThat(reason).contains("unknown cluster 'prod-eu'", "fixture-oom-killed"));
    }

    @Test
    void thePagesPickersListEveryClusterAndTheNamespacesOfTheOnePicked() {
        ServiceClient service = new ServiceClient(port);

        JsonNode clusters = service.json(get(service, "/api/v1/clusters"));
        JsonNode fixture = service.json(get(service, "/api/v1/clusters/fixture-oom-killed"));
        JsonNode demo = service.json(get(service, "/api/v1/clusters/" + DEMO.name()));
        HttpResponse<String> unknown = get(service, "/api/v1/clusters/prod-eu");

        assertThat(clusters.get("defaultCluster").stringValue()).isEqualTo(DEMO.name());
        assertThat(clusters.get("names").valueStream().map(JsonNode::stringValue))
                .containsExactlyInAnyOrder(DEMO.name(), "fixture-oom-killed");
        assertThat(namespaces(fixture)).as(fixture.toString()).contains("shop").doesNotContain("payments");
        assertThat(namespaces(demo)).as(demo.toString()).contains("shop", "payments");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(service.json(unknown).get("detail").stringValue())
                .contains("unknown cluster 'prod-eu'", "fixture-oom-killed");
    }

    @Test
    void aChartsSeriesIsReadFromTheInvestigatedClustersCloudWatchServer() {
        ServiceClient service = new ServiceClient(port);
        String ref = "ContainerInsights pod_memory_utilization_over_pod_limit" + " {ClusterName=" + DEMO.name()
                + ", Namespace=shop, PodName=cart} Maximum per minute";
        String series = "/api/v1/metrics/series?ref=" + URLEncoder.encode(ref, StandardCharsets.UTF_8);

        HttpResponse<String> fromDemo = get(service, series + "&cluster=" + DEMO.name());
        HttpResponse<String> fromDefault = get(service, series);
        HttpResponse<String> fromFixture = get(service, series + "&cluster=fixture-oom-killed");
        HttpResponse<String> unknown = get(service, series + "&cluster=prod-eu");

        assertThat(fromDemo.statusCode()).as(fromDemo.body()).isEqualTo(200);
        assertThat(service.json(fromDemo).get("points").size()).isPositive();
        assertThat(fromDefault.statusCode()).as(fromDefault.body()).isEqualTo(200);
        // The fixture's CloudWatch server holds no metrics: the same series asked of it is not found there.
        assertThat(fromFixture.statusCode()).as(fromFixture.body()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(service.json(unknown).get("detail").stringValue()).contains("unknown cluster 'prod-eu'");
    }

    private static List<String> namespaces(JsonNode cluster) {
        return cluster.get("namespaces")
                .valueStream()
                .map(ns -> ns.get("name").stringValue())
                .toList();
    }

    private static String ask(String question, String cluster) {
        return "{\"question\": \"" + question + "\", \"cluster\": \"" + cluster + "\"}";
    }

    private static String started(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return new ServiceClient(0).json(response).get("id").stringValue();
    }

    private static List<String> findings(JsonNode report) {
        return report.get("findings")
                .valueStream()
                .map(f -> f.get("id").stringValue())
                .toList();
    }

    private String investigation(ServiceClient service, HttpResponse<String> accepted) {
        return service.json(accepted).get("id").stringValue();
    }

    private HttpResponse<String> post(String path, String token, String body) {
        return new ServiceClient(port)
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    private static HttpResponse<String> get(ServiceClient service, String path) {
        return service.get(path);
    }

    private static String alertmanagerGroup(String fingerprint, String labels) {
        return """
                {"receiver": "triage", "status": "firing", "alerts": [{"status": "firing", "labels": {%s},
                 "annotations": {"summary": "crash looping"}, "startsAt": "2026-12-03T07:00:00Z",
                 "endsAt": "0001-01-01T00:00:00Z", "generatorURL": "http://prometheus:9090/graph",
                 "fingerprint": "%s"}], "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {},
                 "externalURL": "http://alertmanager:9093", "version": "4", "groupKey": "{}", "truncatedAlerts": 0}""".formatted(labels, fingerprint);
    }
}
