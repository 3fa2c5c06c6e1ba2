package dev.triage.orchestrator.alerting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The alert webhooks as a pipeline reaches them: real HTTP on the service's loopback port, every call bounded. */
final class AlertCalls {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String ALERTMANAGER = "/api/v1/alerts/alertmanager";
    static final String PAGERDUTY = "/api/v1/alerts/pagerduty";
    static final String GENERIC = "/api/v1/alerts";
    static final String REJECTED = "/api/v1/alerts/rejected";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    AlertCalls(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> bearer(String path, String token, String body) {
        return post(path, body, Map.of("Authorization", "Bearer " + token));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .GET()
                .build());
    }

    JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** The report's status, polled until it is no longer QUEUED or RUNNING (bounded). */
    JsonNode awaitFinished(String id) throws InterruptedException {
        for (int poll = 0; poll < 900; poll++) {
            JsonNode report = json(get("/api/v1/investigations/" + id));
            String status = report.get("status").stringValue();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("investigation " + id + " did not finish");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
