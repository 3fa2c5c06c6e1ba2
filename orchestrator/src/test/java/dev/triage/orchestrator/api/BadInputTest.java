package dev.triage.orchestrator.api;

import static dev.triage.orchestrator.api.ServiceClient.INVESTIGATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.orchestrator.TriageApplication;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every way a request can be wrong gets a 4xx problem detail that says what is wrong, never a 5xx. */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputTest {

    @LocalServerPort
    int port;

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("{\"question\": ", 400, "malformed JSON"),
                Arguments.of("", 400, "malformed JSON"),
                Arguments.of("{\"question\": \"a\"} {}", 400, "malformed JSON"),
                Arguments.of("{\"question\": \"a\", \"question\": \"b\"}", 400, "malformed JSON"),
                Arguments.of("[\"diagnose\"]", 400, "must be a JSON object"),
                Arguments.of("\"diagnose\"", 400, "must be a JSON object"),
                Arguments.of("{\"question\": 42}", 400, "question must be a string, was number"),
                Arguments.of("{\"question\": [\"a\"]}", 400, "question must be a string, was array"),
                Arguments.of("{\"question\": \"x\", \"namespace\": true}", 400, "namespace must be a string"),
                Arguments.of("{}", 400, "question is required"),
                Arguments.of("{\"question\": null}", 400, "question is required"),
                Arguments.of("{\"question\": \"   \"}", 400, "question is required"),
                Arguments.of("{\"question\": \"x\", \"severity\": \"high\"}", 400, "unknown field 'severity'"),
                Arguments.of("{\"question\": \"x\", \"namespace\": \"Shop_1\"}", 400, "namespace must be"),
                Arguments.of("{\"question\": \"x\", \"cluster\": \"prod-eu\"}", 422, "unknown cluster 'prod-eu'"),
                Arguments.of("{\"question\": \"a\\u0000b\"}", 400, "control characters"),
                Arguments.of("{\"question\": \"\\ud800\"}", 400, "malformed Unicode"),
                Arguments.of("{\"question\": \"" + "x".repeat(2001) + "\"}", 400, "at most 2000"),
                Arguments.of("{\"question\": \"" + "\uD83D\uDD25".repeat(2001) + "\"}", 400, "is 2001 characters"),
                Arguments.of(
                        "{\"question\": \"diagnose \u202Esdop\"}", 400, "bidirectional control character (U+202E)"),
                Arguments.of("{\"question\": \"a\u2066b\u2069\"}", 400, "bidirectional control character (U+2066)"),
                Arguments.of(
                        "{\"question\": \"x\", \"cluster\": \"a\u202Db\"}", 400, "cluster contains a bidirectional"),
                Arguments.of("{\"question\": \"" + "x".repeat(20_000) + "\"}", 413, "larger than 16384 bytes"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void badBodyIsRefusedWithAProblemThatSaysWhy(String body, int status, String detail) {
        HttpResponse<String> response = client().ask(body);

        assertProblem(response, status, detail);
        assertThat(client().json(response).get("detail").stringValue())
                .as("no library internals in what a client reads")
                .doesNotContainIgnoringCase("jackson")
                .doesNotContain("`", "Exception", "tools.", "com.fasterxml");
    }

    static Stream<Arguments> malformedUtf8() {
        return Stream.of(
                Arguments.of("overlong '/'", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arguments.of("overlong NUL", new byte[] {(byte) 0xC0, (byte) 0x80}),
                Arguments.of("3-byte overlong", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}),
                Arguments.of("encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("truncated sequence", new byte[] {(byte) 0xE2, (byte) 0x82}),
                Arguments.of("stray continuation", new byte[] {(byte) 0x80}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedUtf8")
    void bodyThatIsNotWellFormedUtf8IsRefusedNotDecodedLeniently(String name, byte[] bad) {
        byte[] head = "{\"question\": \"diagnose ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " pods\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bad, 0, body, head.length, bad.length);
        System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);

        assertProblem(client().askBytes(body), 400, "not well-formed UTF-8");
    }

    @Test
    void questionOfTwoThousandCharactersOutsideTheBasicPlaneIsAccepted() throws Exception {
        HttpResponse<String> response = client().ask("{\"question\": \"" + "\uD83D\uDD25".repeat(2000) + "\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        // Run to its end here: a run left going would log into the next test class's captured output.
        client().awaitFinished(client().json(response).get("id").stringValue());
    }

    @Test
    void bodyWithoutAContentTypeIsRefusedSayingWhatToSend() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + INVESTIGATIONS))
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"diagnose\"}"))
                .build();

        HttpResponse<String> response = client().send(request);

        assertProblem(response, 415, "the request has no Content-Type; send Content-Type: application/json");
        assertThat(response.body()).doesNotContain("'null'");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/investigations/a%2Fb",
                "/api/v1/investigations/a%5Cb",
                "/api/v1/investigations/%2e%2e%2Fapprovals"
            })
    void pathTomcatRefusesIsAProblemDetailNotAnHtmlPage(String path) {
        assertProblem(client().get(path), 400, "could not be read");
    }

    @Test
    void urlOfTenThousandCharactersIsAProblemDetailNotAnHtmlPage() {
        HttpResponse<String> response = client().get(INVESTIGATIONS + "?limit=" + "1".repeat(10_000));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("<html", "1111111111");
    }

    @Test
    void bodyThatIsNotJsonIsRefusedAsUnsupported() {
        assertProblem(client().post("text/plain", "diagnose unhealthy pods"), 415, "text/plain");
    }

    @Test
    void unknownInvestigationIsNotFound() {
        assertProblem(
                client().get(INVESTIGATIONS + "/4a7d1f52-0c4b-4a55-9a2e-6f1a2b3c4d5e"),
                404,
                "no investigation 4a7d1f52-0c4b-4a55-9a2e-6f1a2b3c4d5e");
    }

    @Test
    void eventsOfAnUnknownInvestigationAreNotFound() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + INVESTIGATIONS + "/4a7d1f52-0c4b-4a55-9a2e-6f1a2b3c4d5e/events"))
                .header("Accept", "text/event-stream")
                .build();

        assertProblem(client().send(request), 404, "no investigation");
    }

    @Test
    void unknownReportFormatIsABadRequest() {
        assertProblem(
                client().get(INVESTIGATIONS + "/4a7d1f52-0c4b-4a55-9a2e-6f1a2b3c4d5e?format=xml"),
                400,
                "format must be json or text");
    }

    @Test
    void unknownInvestigationAskedForAsTextIsStillAProblemDetail() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + INVESTIGATIONS + "/4a7d1f52-0c4b-4a55-9a2e-6f1a2b3c4d5e"))
                .header("Accept", "text/plain")
                .build();

        assertProblem(client().send(request), 404, "no investigation");
    }

    @Test
    void malformedIdIsABadRequest() {
        assertProblem(client().get(INVESTIGATIONS + "/not-an-id"), 400, "id");
    }

    @Test
    void limitOutOfRangeOrNotANumberIsABadRequest() {
        assertProblem(client().get(INVESTIGATIONS + "?limit=0"), 400, "limit must be between 1 and 100");
        assertProblem(client().get(INVESTIGATIONS + "?limit=1000"), 400, "limit must be between 1 and 100");
        assertProblem(client().get(INVESTIGATIONS + "?limit=ten"), 400, "limit");
    }

    @Test
    void historyFilterThatNamesNoStatusOrSourceIsABadRequest() {
        assertProblem(client().get(INVESTIGATIONS + "?status=DONE"), 400, "status must be one of");
        assertProblem(client().get(INVESTIGATIONS + "?source=email"), 400, "source must be one of [API");
    }

    @Test
    void wrongMethodAndUnknownPathAreProblemsToo() {
        HttpRequest delete = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + INVESTIGATIONS))
                .DELETE()
                .build();

        assertProblem(client().send(delete), 405, "DELETE");
        assertProblem(client().get("/api/v1/nothing-here"), 404, "");
    }

    private ServiceClient client() {
        return new ServiceClient(port);
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        // Tomcat's own refusals carry a charset parameter; the body is JSON either way.
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .isIn("application/problem+json", "application/problem+json;charset=UTF-8"));
        JsonNode problem = client().json(response);
        assertThat(problem.get("status").intValue()).isEqualTo(status);
        assertThat(problem.get("detail").stringValue()).contains(detail);
    }
}
