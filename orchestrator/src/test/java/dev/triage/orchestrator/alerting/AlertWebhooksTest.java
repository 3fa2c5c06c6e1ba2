package dev.triage.orchestrator.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.orchestrator.TriageApplication;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The three alert webhooks with their credentials configured: what each accepts, deduplicates and refuses. */
@SpringBootTest(
        classes = TriageApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "triage.alerts.alertmanager.token=am-token",
            "triage.alerts.pagerduty.secret=pd-secret",
            "triage.alerts.webhook.token=wh-token"
        })
class AlertWebhooksTest {

    @LocalServerPort
    int port;

    private AlertCalls calls;

    @BeforeEach
    void client() {
        calls = new AlertCalls(port);
    }

    @Test
    void eachFiringAlertOfAGroupIsItsOwnInvestigationAndTheGroupSentAgainStartsNothing() throws Exception {
        String first = unique();
        String second = unique();
        String group = Payloads.group(
                "firing",
                Payloads.crashLooping("firing", first, "cart-1"),
                Payloads.crashLooping("firing", second, "cart-2"));

        HttpResponse<String> accepted = calls.bearer(AlertCalls.ALERTMANAGER, "am-token", group);
        HttpResponse<String> resent = calls.bearer(AlertCalls.ALERTMANAGER, "am-token", group);

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode alerts = calls.json(accepted).get("alerts");
        assertThat(alerts.valueStream().map(a -> a.get("outcome").stringValue()))
                .containsExactly("started", "started");
        List<String> ids =
                alerts.valueStream().map(a -> a.get("id").stringValue()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(calls.json(accepted).get("id").stringValue()).isEqualTo(ids.getFirst());
        assertThat(resent.statusCode()).isEqualTo(202);
        JsonNode again = calls.json(resent).get("alerts");
        assertThat(again.valueStream().map(a -> a.get("outcome").stringValue()))
                .containsExactly("duplicate", "duplicate");
        assertThat(again.valueStream().map(a -> a.get("id").stringValue())).containsExactlyElementsOf(ids);

        JsonNode report = calls.awaitFinished(ids.getFirst());
        assertThat(report.get("status").stringValue()).isEqualTo("COMPLETED");
        assertThat(report.get("namespace").stringValue()).isEqualTo("shop");
        assertThat(report.get("question").stringValue())
                .isEqualTo("Alert KubePodCrashLooping (namespace shop, pod cart-1): Pod shop/cart-1 is crash looping");
        JsonNode listed = calls.json(calls.get("/api/v1/investigations?limit=100&source=ALERTMANAGER"));
        assertThat(listed.get("investigations").valueStream().map(i -> i.get("id")
                        .stringValue()))
                .contains(ids.get(0), ids.get(1));
    }

    @Test
    void alertsAreCountedBySourceAndOutcomeAndTheQueueDepthIsAGauge() throws Exception {
        String started = "triage_alerts_total{outcome=\"started\",source=\"alertmanager\"}";
        String duplicate = "triage_alerts_total{outcome=\"duplicate\",source=\"alertmanager\"}";
        double startedBefore = metric(started);
        double duplicateBefore = metric(duplicate);
        String group = Payloads.group("firing", Payloads.crashLooping("firing", unique(), "cart-1"));

        String id = calls.json(calls.bearer(AlertCalls.ALERTMANAGER, "am-token", group))
                .get("id")
                .stringValue();
        calls.bearer(AlertCalls.ALERTMANAGER, "am-token", group);
        calls.awaitFinished(id);

        assertThat(metric(started) - startedBefore).isEqualTo(1.0);
        assertThat(metric(duplicate) - duplicateBefore).isEqualTo(1.0);
        String metrics = calls.get("/actuator/prometheus").body();
        assertThat(metrics)
                .containsPattern("(?m)^triage_investigations_queued [0-9.]+$")
                .containsPattern("(?m)^triage_investigations_running [0-9.]+$")
                .doesNotContain(id);
    }

    /** A sample's value at /actuator/prometheus; 0 before the meter exists. */
    private double metric(String sample) {
        return calls.get("/actuator/prometheus")
                .body()
                .lines()
                .filter(line -> line.startsWith(sample + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1)))
                .findFirst()
                .orElse(0.0);
    }

    @Test
    void resolvedAlertAnnotatesItsInvestigationAndStartsNothing() throws Exception {
        String fingerprint = unique();
        String id = calls.json(calls.bearer(
                        AlertCalls.ALERTMANAGER,
                        "am-token",
                        Payloads.group("firing", Payloads.crashLooping("firing", fingerprint, "cart-1"))))
                .get("id")
                .stringValue();
        calls.awaitFinished(id);

        HttpResponse<String> resolved = calls.bearer(
                AlertCalls.ALERTMANAGER,
                "am-token",
                Payloads.group("resolved", Payloads.crashLooping("resolved", fingerprint, "cart-1")));
        HttpResponse<String> neverSeen = calls.bearer(
                AlertCalls.ALERTMANAGER,
                "am-token",
                Payloads.group("resolved", Payloads.crashLooping("resolved", unique(), "cart-9")));

        assertThat(resolved.statusCode()).isEqualTo(202);
        assertThat(calls.json(resolved).get("alerts").get(0).get("outcome").stringValue())
                .isEqualTo("resolved");
        assertThat(calls.json(resolved).get("id").stringValue()).isEqualTo(id);
        JsonNode report = calls.json(calls.get("/api/v1/investigations/" + id));
        assertThat(report.get("notes").valueStream().map(JsonNode::stringValue))
                .anySatisfy(note -> assertThat(note).startsWith("the alert that started this investigation resolved"));
        assertThat(neverSeen.statusCode()).isEqualTo(202);
        assertThat(calls.json(neverSeen).get("alerts").get(0).get("outcome").stringValue())
                .isEqualTo("unknown");
        assertThat(calls.json(neverSeen).get("id").isNull()).isTrue();
    }

    @Test
    void alertTextReachesTheStoreRedacted() throws Exception {
        String id = calls.json(calls.bearer(
                        AlertCalls.ALERTMANAGER,
                        "am-token",
                        Payloads.group("firing", Payloads.crashLooping("firing", unique(), "cart-3"))))
                .get("id")
                .stringValue();

        JsonNode rejectedOrNot = calls.json(calls.get("/api/v1/investigations/" + id));

        assertThat(rejectedOrNot.toString()).doesNotContain("abc123secret");
    }

    @Test
    void alertmanagerWithoutOrWithAWrongTokenIs401() {
        String group = Payloads.group("firing", Payloads.crashLooping("firing", unique(), "cart-1"));

        HttpResponse<String> missing = calls.post(AlertCalls.ALERTMANAGER, group, Map.of());
        HttpResponse<String> wrong = calls.bearer(AlertCalls.ALERTMANAGER, "not-it", group);
        HttpResponse<String> otherWebhooks = calls.bearer(AlertCalls.ALERTMANAGER, "wh-token", group);

        assertThat(List.of(missing, wrong, otherWebhooks)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("triage.alerts.alertmanager.token");
        });
    }

    @Test
    void alertmanagerPayloadsThatAreNotVersion4AlertsAreRefusedNamingTheField() {
        String alert = Payloads.crashLooping("firing", unique(), "cart-1");

        assertProblem(calls.bearer(AlertCalls.ALERTMANAGER, "am-token", "{\"version\": "), 400, "malformed JSON", null);
        assertProblem(calls.bearer(AlertCalls.ALERTMANAGER, "am-token", "[]"), 422, "Alertmanager", "$");
        assertProblem(
                calls.bearer(
                        AlertCalls.ALERTMANAGER,
                        "am-token",
                        Payloads.group("firing", alert).replace("\"4\"", "\"3\"")),
                422,
                "must be \"4\"",
                "version");
        assertProblem(
                calls.bearer(AlertCalls.ALERTMANAGER, "am-token", "{\"version\": \"4\"}"), 422, "required", "alerts");
        assertProblem(
                calls.bearer(
                        AlertCalls.ALERTMANAGER,
                        "am-token",
                        Payloads.group("firing", alert.replace("\"status\": \"firing\"", "\"status\": \"burning\""))),
                422,
                "firing",
                "alerts[0].status");
        assertProblem(
                calls.bearer(
                        AlertCalls.ALERTMANAGER,
                        "am-token",
                        Payloads.group("firing", alert.replace("\"fingerprint\"", "\"fingerprint_\""))),
                422,
                "required",
                "alerts[0].fingerprint");
        assertProblem(
                calls.bearer(
                        AlertCalls.ALERTMANAGER,
                        "am-token",
                        Payloads.group("firing", alert.replace("\"pod\": \"cart-1\"", "\"pod\": 7"))),
                422,
                "must be a string",
                "alerts[0].labels.pod");
    }

    @Test
    void alertOfAClusterThisServiceDoesNotReachIsKeptAsRejectedWithItsReason() {
        String fingerprint = unique();
        String elsewhere = Payloads.alert(
                "firing",
                fingerprint,
                "2026-12-03T07:00:00Z",
                "\"alertname\": \"NodeDown\", \"cluster\": \"prod-eu\", \"node\": \"ip-10-0-0-1\"",
                "\"summary\": \"node down\"");

        HttpResponse<String> response =
                calls.bearer(AlertCalls.ALERTMANAGER, "am-token", Payloads.group("firing", elsewhere));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(calls.json(response).get("detail").stringValue()).contains("unknown cluster 'prod-eu'");
        JsonNode rejected =
                calls.json(calls.get(AlertCalls.REJECTED + "?limit=100")).get("rejected");
        JsonNode kept = rejected.valueStream()
                .filter(r -> ("alertmanager:" + fingerprint + "@2026-12-03T07:00:00Z")
                        .equals(r.get("fingerprint").stringValue()))
                .findFirst()
                .orElseThrow();
        assertThat(kept.get("source").stringValue()).isEqualTo("ALERTMANAGER");
        assertThat(kept.get("reason").stringValue()).contains("prod-eu");
        assertThat(kept.get("alert").get("labels").get("node").stringValue()).isEqualTo("ip-10-0-0-1");
        assertProblem(calls.get(AlertCalls.REJECTED + "?limit=0"), 400, "limit", null);
    }

    @Test
    void pagerDutyTriggeredIncidentIsInvestigatedOnceAndOtherEventsAreAcknowledged() throws Exception {
        String incident = "Q" + unique().substring(0, 12).toUpperCase();
        String triggered = Payloads.pagerDuty("incident.triggered", incident);
        String reopened = Payloads.pagerDuty("incident.reopened", incident);
        String acknowledged = Payloads.pagerDuty("incident.acknowledged", incident);

        HttpResponse<String> first = pagerDuty(triggered, PagerDutySignatures.sign("pd-secret", bytes(triggered)));
        HttpResponse<String> again = pagerDuty(reopened, PagerDutySignatures.sign("pd-secret", bytes(reopened)));
        HttpResponse<String> ignored =
                pagerDuty(acknowledged, PagerDutySignatures.sign("pd-secret", bytes(acknowledged)));

        assertThat(first.statusCode()).isEqualTo(202);
        String id = calls.json(first).get("id").stringValue();
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(calls.json(again).get("id").stringValue()).isEqualTo(id);
        assertThat(calls.json(again).get("alerts").get(0).get("outcome").stringValue())
                .isEqualTo("duplicate");
        assertThat(ignored.statusCode()).isEqualTo(202);
        assertThat(calls.json(ignored).get("ignored").stringValue()).isEqualTo("incident.acknowledged");
        JsonNode report = calls.awaitFinished(id);
        assertThat(report.get("question").stringValue())
                .isEqualTo("PagerDuty incident: Checkout pods crash looping in shop");
    }

    @Test
    void pagerDutySignatureMissingWrongOrOverAnotherBodyIs401AndARotatedPairIsAccepted() {
        String body = Payloads.pagerDuty(
                "incident.triggered", "Q" + unique().substring(0, 12).toUpperCase());
        String valid = PagerDutySignatures.sign("pd-secret", bytes(body));

        assertProblem(calls.post(AlertCalls.PAGERDUTY, body, Map.of()), 401, "X-PagerDuty-Signature", null);
        assertProblem(pagerDuty(body, PagerDutySignatures.sign("old-secret", bytes(body))), 401, "no signature", null);
        assertProblem(pagerDuty(body.replace("P2", "P1"), valid), 401, "no signature", null);
        assertProblem(pagerDuty(body, "v0=" + valid.substring(3)), 401, "no signature", null);
        HttpResponse<String> rotated =
                pagerDuty(body, PagerDutySignatures.sign("old-secret", bytes(body)) + ", " + valid);
        assertThat(rotated.statusCode()).isEqualTo(202);
    }

    @Test
    void pagerDutyTriggeredEventWithoutAnIncidentIdIsRefusedNamingTheField() {
        String body = "{\"event\": {\"event_type\": \"incident.triggered\", \"data\": {\"title\": \"x\"}}}";
        String noType = "{\"event\": {\"data\": {}}}";

        assertProblem(
                pagerDuty(body, PagerDutySignatures.sign("pd-secret", bytes(body))), 422, "required", "event.data.id");
        assertProblem(
                pagerDuty(noType, PagerDutySignatures.sign("pd-secret", bytes(noType))),
                422,
                "required",
                "event.event_type");
    }

    @Test
    void genericIncidentIsDeduplicatedByItsFingerprintOrByTitleAndResource() throws Exception {
        String title = "Checkout latency high " + unique();
        String byHash =
                "{\"title\": \"%s\", \"resource\": \"Deployment/checkout\", \"namespace\": \"shop\"}".formatted(title);
        String byFingerprint =
                "{\"title\": \"other\", \"fingerprint\": \"%s\", \"severity\": \"warning\"}".formatted(unique());

        String first = calls.json(calls.bearer(AlertCalls.GENERIC, "wh-token", byHash))
                .get("id")
                .stringValue();
        String second = calls.json(calls.bearer(AlertCalls.GENERIC, "wh-token", byHash))
                .get("id")
                .stringValue();
        String third = calls.json(calls.bearer(AlertCalls.GENERIC, "wh-token", byFingerprint))
                .get("id")
                .stringValue();
        String fourth = calls.json(calls.bearer(AlertCalls.GENERIC, "wh-token", byFingerprint))
                .get("id")
                .stringValue();
        HttpResponse<String> otherResource =
                calls.bearer(AlertCalls.GENERIC, "wh-token", byHash.replace("Deployment/checkout", "Deployment/cart"));

        assertThat(second).isEqualTo(first);
        assertThat(fourth).isEqualTo(third).isNotEqualTo(first);
        assertThat(calls.json(otherResource).get("id").stringValue()).isNotEqualTo(first);
        JsonNode report = calls.awaitFinished(first);
        assertThat(report.get("question").stringValue()).isEqualTo(title + " (Deployment/checkout in namespace shop)");
    }

    @Test
    void genericIncidentThatIsNotOneIsRefusedNamingTheField() {
        assertProblem(calls.bearer(AlertCalls.GENERIC, "wh-token", "{}"), 422, "required", "title");
        assertProblem(calls.bearer(AlertCalls.GENERIC, "wh-token", "{\"title\": 3}"), 422, "string", "title");
        assertProblem(
                calls.bearer(AlertCalls.GENERIC, "wh-token", "{\"title\": \"t\", \"priority\": 1}"),
                422,
                "not a field",
                "priority");
        assertProblem(
                calls.bearer(AlertCalls.GENERIC, "wh-token", "{\"title\": \"t\", \"resource\": \"checkout\"}"),
                422,
                "Kind/name",
                "resource");
        assertProblem(
                calls.bearer(AlertCalls.GENERIC, "wh-token", "{\"title\": \"t\", \"severity\": \"apocalyptic\"}"),
                422,
                "critical",
                "severity");
        assertProblem(
                calls.bearer(AlertCalls.GENERIC, "wh-token", "{\"title\": \"t\", \"namespace\": \"Shop_1\"}"),
                422,
                "namespace name",
                "namespace");
        assertProblem(
                calls.bearer(AlertCalls.GENERIC, "wh-token", "{\"title\": \"t\", \"labels\": [\"a\"]}"),
                422,
                "object",
                "labels");
        assertProblem(
                calls.bearer(AlertCalls.GENERIC, "wh-token", "{\"title\": \"t\"} {}"), 400, "malformed JSON", null);
        assertProblem(
                calls.bearer(AlertCalls.GENERIC, "am-token", "{\"title\": \"t\"}"),
                401,
                "triage.alerts.webhook.token",
                null);
        HttpResponse<String> unknownCluster =
                calls.bearer(AlertCalls.GENERIC, "wh-token", "{\"title\": \"t\", \"cluster\": \"prod-eu\"}");
        assertProblem(unknownCluster, 422, "unknown cluster 'prod-eu'", null);
    }

    @Test
    void sameAlertPostedConcurrentlyStartsOneInvestigation() throws Exception {
        String body = "{\"title\": \"burst\", \"fingerprint\": \"%s\"}".formatted(unique());
        List<Callable<String>> posts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            posts.add(() -> calls.json(calls.bearer(AlertCalls.GENERIC, "wh-token", body))
                    .get("id")
                    .stringValue());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<String> ids = new ArrayList<>();
            for (Future<String> id : pool.invokeAll(posts, 60, TimeUnit.SECONDS)) {
                ids.add(id.get());
            }
            assertThat(ids).hasSize(16).containsOnly(ids.getFirst());
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> pagerDuty(String body, String signature) {
        return calls.post(AlertCalls.PAGERDUTY, body, Map.of(PagerDutySignatures.HEADER, signature));
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = calls.json(response);
        assertThat(problem.get("detail").stringValue()).contains(detail);
        if (field != null) {
            assertThat(problem.get("field").stringValue()).isEqualTo(field);
        }
    }

    private static byte[] bytes(String body) {
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
