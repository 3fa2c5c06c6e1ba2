package dev.triage.orchestrator.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The approvals API as curl meets it, on the embedded default: investigate, list, decide, run, read. */
final class ApprovalApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_POLLS = 600;

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ApprovalApi(int port) {
        this.port = port;
    }

    /** A finished report of the question in the namespace. */
    JsonNode investigate(String question, String namespace) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("question", question, "namespace", namespace));
        String id = JSON.readTree(post("/api/v1/investigations", body).body())
                .get("id")
                .asString();
        for (int i = 0; i < MAX_POLLS; i++) {
            JsonNode report = JSON.readTree(get("/api/v1/investigations/" + id).body());
            if (!report.get("status").asString().matches("RUNNING|QUEUED")) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("investigation " + id + " did not finish");
    }

    /** The proposal id of {@code runbook} on {@code name} in the report. */
    static String proposal(JsonNode report, String runbook, String name) {
        return report.get("remediations")
                .valueStream()
                .filter(r -> r.get("runbook").asString().equals(runbook))
                .filter(r -> r.at("/target/name").asString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + runbook + " on " + name + " in " + report))
                .get("proposalId")
                .asString();
    }

    String approve(String proposalId) throws Exception {
        HttpResponse<String> approved = post("/api/v1/approvals/" + proposalId + "/approve", "{\"reason\":\"ok\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
        return JSON.readTree(approved.body()).get("approvalId").asString();
    }

    HttpResponse<String> revoke(String proposalId, String reason) throws Exception {
        return post(
                "/api/v1/approvals/" + proposalId + "/revoke",
                JSON.writeValueAsString(java.util.Map.of("reason", reason)));
    }

    HttpResponse<String> execute(String proposalId, String approvalId) throws Exception {
        return post(
                "/api/v1/executions", "{\"proposalId\":\"" + proposalId + "\",\"approvalId\":\"" + approvalId + "\"}");
    }

    /** {@code GET /api/v1/approvals} with these query parameters (name, value, ...). */
    JsonNode approvals(String... query) throws Exception {
        HttpResponse<String> listed = get("/api/v1/approvals" + query(query));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return JSON.readTree(listed.body()).get("approvals");
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String query(String... pairs) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            query.append(i == 0 ? '?' : '&')
                    .append(pairs[i])
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
