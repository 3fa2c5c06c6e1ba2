package dev.triage.orchestrator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.orchestrator.TriageApplication;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the page needs from the service: itself with its security headers, the pickers, the charts, the session. */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatUiEndpointsTest {

    private static final String CART_MEMORY = "ContainerInsights pod_memory_utilization_over_pod_limit"
            + " {ClusterName=demo-eks, Namespace=shop, PodName=cart} Maximum per minute";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void pageIsServedAtTheRootAndAsADeepLinkWithAPolicyThatAllowsNoInlineScript() throws Exception {
        for (String path : new String[] {"/", "/history", "/investigations/6f1c1f4e-2f55-4c53-9d3e-6d4f9a0c1b11"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("<script type=\"module\" src=\"/ui/app.js\"></script>");
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy)
                    .contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(get("/ui/app.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    }

    @Test
    void noScriptOrStyleIsInlineInThePage() throws Exception {
        String page = get("/").body();
        assertThat(page)
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                .doesNotContain("<style", "style=")
                .doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void clusterPickerListsTheNamespacesOfTheServedCluster() throws Exception {
        JsonNode cluster = json.readTree(get("/api/v1/cluster").body());

        assertThat(cluster.get("name").stringValue()).isEqualTo("demo-eks");
        assertThat(cluster.get("namespaces").valueStream().map(ns -> ns.get("name")
                        .stringValue()))
                .contains("shop", "payments", "data", "kube-system");
        JsonNode shop = cluster.get("namespaces")
                .valueStream()
                .filter(ns -> ns.get("name").stringValue().equals("shop"))
                .findFirst()
                .orElseThrow();
        assertThat(shop.get("notReady").intValue())
                .isPositive()
                .isLessThanOrEqualTo(shop.get("pods").intValue());
    }

    @Test
    void metricSeriesOfAnEvidenceReferenceComesWithItsPointsAndThreshold() throws Exception {
        HttpResponse<String> answer = get("/api/v1/metrics/series?ref=" + encode(CART_MEMORY));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode series = json.readTree(answer.body());
        assertThat(series.get("metric").stringValue()).isEqualTo("pod_memory_utilization_over_pod_limit");
        assertThat(series.get("threshold").doubleValue()).isEqualTo(90.0);
        assertThat(series.get("points").size()).isGreaterThan(30);
        assertThat(series.get("points")
                        .valueStream()
                        .mapToDouble(p -> p.get(1).doubleValue())
                        .max()
                        .orElseThrow())
                .isGreaterThan(90.0);
    }

    @Test
    void metricSeriesRefusesAReferenceThatIsNoMetricEvidence() throws Exception {
        for (String ref : new String[] {
            "", "cart", "ContainerInsights x {a=b; c} Maximum per minute", "ContainerInsights x {a=b} DROP per minute"
        }) {
            HttpResponse<String> answer = get("/api/v1/metrics/series?ref=" + encode(ref));
            assertThat(answer.statusCode()).as(ref).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void metricSeriesWithoutDataIsNotFoundNotAFailure() throws Exception {
        String ref = CART_MEMORY.replace("PodName=cart", "PodName=nothing-here");
        assertThat(get("/api/v1/metrics/series?ref=" + encode(ref)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void withoutAuthenticationTheSessionSaysSoAndHoldsEveryScope() throws Exception {
        JsonNode session = json.readTree(get("/api/v1/session").body());

        assertThat(session.get("authentication").stringValue()).isEqualTo("none");
        assertThat(session.get("signedIn").booleanValue()).isFalse();
        assertThat(session.get("scopes").valueStream().map(JsonNode::stringValue))
                .containsExactlyInAnyOrder("agents/invoke", "tools/read", "tools/execute");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
