package dev.triage.orchestrator.approval;

import static dev.triage.orchestrator.approval.ApprovalFlowTest.assertProblem;

import dev.triage.orchestrator.TriageApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Servers configured, but no runbook server among them: nothing can execute, and the answer says what to set. */
@SpringBootTest(
        classes = TriageApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"triage.agents.servers.eks=http://127.0.0.1:9/mcp", "triage.agents.cluster=no-runbook-test"})
class RunbookServerNotConfiguredTest {

    @LocalServerPort
    int port;

    @Test
    void executingWithNoRunbookServerIsServiceUnavailable() throws Exception {
        String body = "{\"proposalId\": \"rp-" + "4".repeat(32)
                + "\", \"approvalId\": \"5f0c6d1e-8a8b-4b5e-9a43-0f2b7c1d9e21\"}";

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/executions"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 503, "triage.agents.servers.runbook");
    }
}
