package dev.triage.orchestrator.approval;

import static dev.triage.orchestrator.approval.ApprovalFlowTest.assertProblem;

import dev.triage.orchestrator.TriageApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A runbook server that is configured but down: the service starts anyway (nothing connects at start-up), an
 * execution is answered 503, not run and not lost in a 500, and what the ledger holds can still be read.
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunbookServerDownTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void runbookServerThatIsDown(DynamicPropertyRegistry registry) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        registry.add("triage.agents.servers.runbook", () -> "http://127.0.0.1:" + closed + "/mcp");
        registry.add("triage.agents.cluster", () -> "down-test");
    }

    @Test
    void executingWhileTheRunbookServerIsDownIsServiceUnavailable() throws Exception {
        String body = "{\"proposalId\": \"rp-" + "3".repeat(32)
                + "\", \"approvalId\": \"5f0c6d1e-8a8b-4b5e-9a43-0f2b7c1d9e21\"}";

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/executions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 503, "cannot be reached");
    }

    @Test
    void readingAnExecutionWhileTheRunbookServerIsDownAnswersFromTheLedger() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + port + "/api/v1/executions/5f0c6d1e-8a8b-4b5e-9a43-0f2b7c1d9e21"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 404, "no execution");
    }

    @Test
    void listingTheCatalogWhileTheRunbookServerIsDownIsServiceUnavailable() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/runbooks"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 503, "cannot be reached");
    }
}
