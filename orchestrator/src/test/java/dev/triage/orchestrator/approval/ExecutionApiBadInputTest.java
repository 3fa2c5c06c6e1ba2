package dev.triage.orchestrator.approval;

import static dev.triage.orchestrator.approval.ApprovalFlowTest.assertProblem;

import dev.triage.orchestrator.TriageApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every way a request to the executions API can be wrong is a 4xx problem that says what, before anything runs. */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExecutionApiBadInputTest {

    private static final String PROPOSAL = "rp-" + "2".repeat(32);
    private static final String APPROVAL = "5f0c6d1e-8a8b-4b5e-9a43-0f2b7c1d9e21";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("{\"proposalId\": ", 400, "malformed JSON"),
                Arguments.of(body(PROPOSAL, APPROVAL) + " {}", 400, "malformed JSON"),
                Arguments.of("{\"proposalId\": \"a\", \"proposalId\": \"b\"}", 400, "malformed JSON"),
                Arguments.of("[\"" + PROPOSAL + "\"]", 400, "must be a JSON object"),
                Arguments.of("", 400, "proposalId is required"),
                Arguments.of("{}", 400, "proposalId is required"),
                Arguments.of("{\"approvalId\": \"" + APPROVAL + "\"}", 400, "proposalId is required"),
                Arguments.of(body("  ", APPROVAL), 400, "proposalId is required"),
                Arguments.of("{\"proposalId\": \"" + PROPOSAL + "\"}", 400, "approvalId is required"),
                Arguments.of(body(PROPOSAL, ""), 400, "approvalId is required"),
                Arguments.of("{\"proposalId\": 42, \"approvalId\": \"" + APPROVAL + "\"}", 400, "must be a string"),
                Arguments.of(body("cart", APPROVAL), 400, "is not a proposal id"),
                Arguments.of(body(PROPOSAL, "approved-by-me"), 400, "approvalId must be the approvalId"),
                Arguments.of(
                        "{\"proposalId\": \"" + PROPOSAL + "\", \"approvalId\": \"" + APPROVAL
                                + "\", \"dryRun\": true}",
                        400,
                        "unknown field 'dryRun'"),
                Arguments.of(body(PROPOSAL, "x".repeat(2000)), 413, "larger than 1024 bytes"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void badBodyIsRefusedWithAProblemThatSaysWhy(String body, int status, String detail) throws Exception {
        assertProblem(send("application/json", body), status, detail);
    }

    @Test
    void bodyThatIsNotJsonIsRefusedAsUnsupported() throws Exception {
        assertProblem(send("text/plain", body(PROPOSAL, APPROVAL)), 415, "text/plain");
    }

    @Test
    void executionIdThatIsNotOneIsABadRequest() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/executions/not-an-id"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 400, "executionId");
    }

    private static String body(String proposalId, String approvalId) {
        return "{\"proposalId\": \"" + proposalId + "\", \"approvalId\": \"" + approvalId + "\"}";
    }

    private HttpResponse<String> send(String contentType, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/v1/executions"))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
