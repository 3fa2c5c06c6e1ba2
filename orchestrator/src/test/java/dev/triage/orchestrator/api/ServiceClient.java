package dev.triage.orchestrator.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API as a client sees it: real HTTP to the service on its random loopback port. */
final class ServiceClient {

    static final String INVESTIGATIONS = "/api/v1/investigations";
    private static final int MAX_POLLS = 600;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    ServiceClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** One server-sent event as it came over the wire. */
    record SseEvent(String id, String name, String data) {}

    HttpResponse<String> post(String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(INVESTIGATIONS))
                .header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body))
                .build());
    }

    HttpResponse<String> askBytes(byte[] body) {
        return send(HttpRequest.newBuilder(uri(INVESTIGATIONS))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(body))
                .build());
    }

    HttpResponse<String> ask(String body) {
        return post("application/json", body);
    }

    String start(String question) {
        HttpResponse<String> response = ask("{\"question\": \"" + question + "\"}");
        return json(response).get("id").stringValue();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    JsonNode json(String text) {
        return json.readTree(text);
    }

    /** Polls the report until it is no longer QUEUED or RUNNING (a bound only so that a broken run cannot hang the build). */
    JsonNode awaitFinished(String id) throws InterruptedException {
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            JsonNode report = json(get(INVESTIGATIONS + "/" + id));
            String status = report.get("status").stringValue();
            if (!"RUNNING".equals(status) && !"QUEUED".equals(status)) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("investigation " + id + " still RUNNING after " + MAX_POLLS + " polls");
    }

    /** Reads an investigation's event stream to its end. */
    List<SseEvent> events(String id, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(INVESTIGATIONS + "/" + id + "/events"))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = http.send(request.build(), BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new AssertionError("events of " + id + ": HTTP " + response.statusCode());
        }
        return parse(response.body().toList());
    }

    private static List<SseEvent> parse(List<String> lines) {
        List<SseEvent> events = new ArrayList<>();
        String eventId = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                if (name != null) {
                    events.add(new SseEvent(eventId, name, data.toString()));
                }
                eventId = null;
                name = null;
                data.setLength(0);
            } else if (line.startsWith("id:")) {
                eventId = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5));
            }
        }
        return events;
    }

    URI uri(String path) {
        return URI.create(base + path);
    }
}
