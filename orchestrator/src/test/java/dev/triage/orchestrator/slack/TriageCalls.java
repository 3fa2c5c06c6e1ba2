package dev.triage.orchestrator.slack;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's REST API and the embedded EKS server, as a test reads them to check what Slack did. */
final class TriageCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    TriageCalls(int port) {
        this.port = port;
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** Starts an investigation through the API and waits for its report. */
    JsonNode investigate(String question, String namespace) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("question", question, "namespace", namespace));
        HttpResponse<String> started = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/investigations"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return finished(JSON.readTree(started.body()).get("id").asString());
    }

    JsonNode finished(String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode report = get("/api/v1/investigations/" + id);
            if (!report.path("status").asString().matches("RUNNING|QUEUED")) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("investigation " + id + " did not finish");
    }

    /** The runs of the proposal, newest first, once the newest has ended. */
    JsonNode ran(String proposal) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode runs = get("/api/v1/executions?proposalId=" + proposal).get("executions");
            if (!runs.isEmpty() && !runs.at("/0/status").asString().equals("RUNNING")) {
                return runs;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("proposal " + proposal + " was not run");
    }

    /** The first remediation of the report that was proposed (has a proposal id): advice without a runbook has none. */
    static String firstProposal(JsonNode report) {
        return report.get("remediations")
                .valueStream()
                .map(r -> r.path("proposalId").asString(""))
                .filter(id -> !id.isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no proposed remediation in " + report.get("remediations")));
    }

    static String proposal(JsonNode report, String runbook, String deployment) {
        return report.get("remediations")
                .valueStream()
                .filter(r -> r.get("runbook").asString().equals(runbook))
                .filter(r -> r.at("/target/name").asString().equals(deployment))
                .findFirst()
                .orElseThrow()
                .get("proposalId")
                .asString();
    }

    /** The Deployment as the EKS server shows it: the truth about the cluster. */
    static String deployment(URI eks, String namespace, String name) {
        try (McpClient client = new DefaultMcpClient.Builder()
                .transport(new StreamableHttpMcpTransport.Builder()
                        .url(eks.toString())
                        .timeout(Duration.ofSeconds(30))
                        .build())
                .toolExecutionTimeout(Duration.ofSeconds(30))
                .build()) {
            return client.executeTool(ToolExecutionRequest.builder()
                            .id("1")
                            .name("get_resource")
                            .arguments("{\"kind\":\"Deployment\",\"namespace\":\"" + namespace + "\",\"name\":\"" + name
                                    + "\"}")
                            .build())
                    .resultText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
