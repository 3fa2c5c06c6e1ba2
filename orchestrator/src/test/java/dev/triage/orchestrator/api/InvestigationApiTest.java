package dev.triage.orchestrator.api;

import static dev.triage.orchestrator.api.ServiceClient.INVESTIGATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Category;
import dev.triage.model.InvestigationReport;
import dev.triage.orchestrator.TriageApplication;
import dev.triage.orchestrator.api.ServiceClient.SseEvent;
import dev.triage.orchestrator.report.ReportText;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API end to end: embedded PostgreSQL, the embedded MCP servers on the bundled demo snapshot, the rules tier. */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestigationApiTest {

    private static final Set<String> EVENT_NAMES =
            Set.of("agent-started", "agent-finished", "tool-called", "finding", "model-called", "report-ready");

    @LocalServerPort
    int port;

    private ServiceClient client() {
        return new ServiceClient(port);
    }

    @Test
    void questionIsAcceptedAndInvestigatedToACompletedReportWithQuotedEvidence() throws Exception {
        ServiceClient client = client();

        HttpResponse<String> accepted = client.ask("{\"question\": \"diagnose unhealthy pods\"}");

        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = client.json(accepted).get("id").stringValue();
        assertThat(accepted.headers().firstValue("Location")).hasValue(INVESTIGATIONS + "/" + id);
        JsonNode report = client.awaitFinished(id);
        assertThat(report.get("status").stringValue()).isEqualTo("COMPLETED");
        assertThat(report.get("id").stringValue()).isEqualTo(id);
        assertThat(report.get("cluster").stringValue()).isEqualTo("demo-eks");
        assertThat(report.get("finishedAt").stringValue()).isNotBlank();
        assertThat(categories(report)).contains("OOM_KILLED", "CRASH_LOOP", "IMAGE_PULL");
        assertThat(report.get("findings").valueStream())
                .allSatisfy(finding -> assertThat(finding.get("evidence").valueStream())
                        .isNotEmpty()
                        .allSatisfy(evidence ->
                                assertThat(evidence.get("quote").stringValue()).isNotBlank()));
        assertThat(texts(report.get("route"), "agent")).contains("diagnostic");
        assertThat(report.get("toolCalls").valueStream()).anySatisfy(call -> assertThat(call.get("server")
                                .stringValue() + "/" + call.get("tool").stringValue())
                .isEqualTo("eks/find_unhealthy"));
    }

    @Test
    void reportJsonLeadsWithTheAnswer() throws Exception {
        ServiceClient client = client();
        String id = client.start("diagnose unhealthy pods");
        client.awaitFinished(id);

        JsonNode report = client.json(client.get(INVESTIGATIONS + "/" + id));

        assertThat(report.propertyNames().stream().limit(4))
                .containsExactly("status", "summary", "rootCauses", "remediations");
    }

    @Test
    void reportAsTextIsWhatTheCliPrints() throws Exception {
        ServiceClient client = client();
        String id = client.start("why is cart crashing in shop");
        client.awaitFinished(id);
        HttpResponse<String> json = client.get(INVESTIGATIONS + "/" + id);
        String cliText =
                ReportText.render(JsonMapper.builder().build().readValue(json.body(), InvestigationReport.class));

        HttpResponse<String> byAccept = client.send(HttpRequest.newBuilder(client.uri(INVESTIGATIONS + "/" + id))
                .header("Accept", "text/plain")
                .build());
        HttpResponse<String> byParameter = client.get(INVESTIGATIONS + "/" + id + "?format=text");

        for (HttpResponse<String> text : List.of(byAccept, byParameter)) {
            assertThat(text.statusCode()).isEqualTo(200);
            assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
            assertThat(text.body()).isEqualTo(cliText).startsWith("COMPLETED  why is cart crashing in shop");
        }
    }

    @Test
    void progressStreamsInOrderAndEndsWithTheStoredReport() throws Exception {
        ServiceClient client = client();
        String id = client.start("why is cart crashing in shop");

        List<SseEvent> events = client.events(id, null);

        assertThat(events).extracting(SseEvent::name).allMatch(EVENT_NAMES::contains);
        assertThat(events).extracting(SseEvent::id).containsExactlyElementsOf(numbers(1, events.size()));
        assertThat(events.getFirst().name()).isEqualTo("agent-started");
        assertThat(events).extracting(SseEvent::name).contains("tool-called", "finding", "model-called");
        assertThat(events)
                .filteredOn(event -> event.name().equals("agent-finished"))
                .extracting(event -> client.json(event.data()).get("agent").stringValue())
                .contains("master", "diagnostic");
        assertThat(client.json(events.get(events.size() - 2).data())
                        .get("outcome")
                        .stringValue())
                .as("the master finishes last, before the report")
                .isEqualTo("finished");
        SseEvent last = events.getLast();
        assertThat(last.name()).isEqualTo("report-ready");
        JsonNode streamed = client.json(last.data());
        assertThat(streamed.get("status").stringValue()).isEqualTo("COMPLETED");
        assertThat(client.json(client.get(INVESTIGATIONS + "/" + id))).isEqualTo(streamed);
    }

    @Test
    void lateSubscriberGetsTheWholeStreamReplayedAndCanResume() throws Exception {
        ServiceClient client = client();
        String id = client.start("diagnose unhealthy pods");
        List<SseEvent> live = client.events(id, null);

        List<SseEvent> replayed = client.events(id, null);
        List<SseEvent> resumed = client.events(id, "3");

        assertThat(replayed).isEqualTo(live);
        assertThat(resumed).isEqualTo(live.subList(3, live.size()));
    }

    @Test
    void recentInvestigationsAreListedNewestFirstWithCounts() throws Exception {
        ServiceClient client = client();
        String first = client.start("diagnose unhealthy pods");
        JsonNode firstReport = client.awaitFinished(first);
        String second = client.start("what is wrong in payments");
        client.awaitFinished(second);

        JsonNode list = client.json(client.get(INVESTIGATIONS + "?limit=100")).get("investigations");

        List<String> ids = texts(list, "id");
        assertThat(ids).contains(first, second);
        assertThat(ids.indexOf(second)).isLessThan(ids.indexOf(first));
        JsonNode summary = list.valueStream()
                .filter(item -> item.get("id").stringValue().equals(first))
                .findFirst()
                .orElseThrow();
        assertThat(summary.get("status").stringValue()).isEqualTo("COMPLETED");
        assertThat(summary.get("question").stringValue()).isEqualTo("diagnose unhealthy pods");
        assertThat(summary.get("createdAt").stringValue()).isNotBlank();
        assertThat(summary.get("counts").get("findings").intValue())
                .isEqualTo(firstReport.get("findings").size());
        assertThat(summary.get("source").stringValue()).isEqualTo("API");
        assertThat(summary.get("verdict").stringValue())
                .isEqualTo(firstReport
                        .get("summary")
                        .stringValue()
                        .lines()
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void aQuestionFromTheChatUiIsRecordedWithSourceUi() throws Exception {
        ServiceClient client = client();
        HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(client.uri(INVESTIGATIONS))
                .header("Content-Type", "application/json")
                .header("X-Triage-UI", "1")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"diagnose unhealthy pods\"}"))
                .build());
        String id = client.json(accepted).get("id").stringValue();
        client.awaitFinished(id);

        JsonNode fromUi =
                client.json(client.get(INVESTIGATIONS + "?source=UI&limit=100")).get("investigations");
        assertThat(texts(fromUi, "id")).contains(id);
        assertThat(texts(
                        client.json(client.get(INVESTIGATIONS + "?source=API&limit=100"))
                                .get("investigations"),
                        "id"))
                .doesNotContain(id);
    }

    @Test
    void historyIsFilteredByStatusAndSource() throws Exception {
        ServiceClient client = client();
        String id = client.start("diagnose unhealthy pods");
        client.awaitFinished(id);

        assertThat(texts(
                        client.json(client.get(INVESTIGATIONS + "?status=completed&source=API&limit=100"))
                                .get("investigations"),
                        "id"))
                .contains(id);
        assertThat(texts(
                        client.json(client.get(INVESTIGATIONS + "?status=FAILED&limit=100"))
                                .get("investigations"),
                        "id"))
                .doesNotContain(id);
        assertThat(client.json(client.get(INVESTIGATIONS + "?source=SLACK&limit=100"))
                        .get("investigations")
                        .valueStream())
                .allSatisfy(item -> assertThat(item.get("source").stringValue()).isEqualTo("SLACK"));
    }

    @Test
    void namespaceScopesTheInvestigation() throws Exception {
        ServiceClient client = client();
        String id = client.json(client.ask("{\"question\": \"what is failing\", \"namespace\": \"payments\"}"))
                .get("id")
                .stringValue();

        JsonNode report = client.awaitFinished(id);

        assertThat(report.get("namespace").stringValue()).isEqualTo("payments");
        // Cluster-scoped findings (a node the namespace's pods run on) have no namespace.
        assertThat(texts(report.get("findings"), "namespace"))
                .contains("payments")
                .filteredOn(Objects::nonNull)
                .containsOnly("payments");
    }

    private static List<String> categories(JsonNode report) {
        List<String> categories = texts(report.get("findings"), "category");
        assertThat(categories).allSatisfy(category -> Category.valueOf(category));
        return categories;
    }

    private static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> node.get(field).stringValue()).toList();
    }

    private static List<String> numbers(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }
}
