package dev.triage.mcp.hosting.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Raw HTTP to an MCP endpoint, for the requests a well-behaved client would never send. */
public record McpHttp(URI endpoint) {

    public static final String BOTH = "application/json, text/event-stream";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static McpHttp at(int port) {
        return new McpHttp(URI.create("http://127.0.0.1:" + port + "/mcp"));
    }

    public McpHttp withPath(String path) {
        return new McpHttp(endpoint.resolve(path));
    }

    public HttpResponse<String> post(String body) {
        return post(body, Map.of("Accept", BOTH));
    }

    public HttpResponse<String> post(String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        var withDefaults = new java.util.HashMap<>(Map.of("Content-Type", "application/json"));
        withDefaults.putAll(headers);
        withDefaults.forEach(request::header);
        return send(request.build());
    }

    /** A POST whose length is not declared (chunked), so the server learns the size only by reading. */
    public HttpResponse<String> postChunked(String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", BOTH)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                .build());
    }

    public HttpResponse<String> get() {
        return send(HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", BOTH)
                .GET()
                .build());
    }

    /** A tools/call request body. */
    public static String call(String tool, String argumentsJson) {
        return """
                {"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"%s","arguments":%s}}""".formatted(tool, argumentsJson);
    }

    public static String request(String method) {
        return """
                {"jsonrpc":"2.0","id":1,"method":"%s","params":{}}""".formatted(method);
    }

    public static String initialize() {
        return """
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
                "capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""";
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The text of a tools/call result. */
    public static String text(HttpResponse<String> response) {
        return json(response).at("/result/content/0/text").asString();
    }

    public static boolean isError(HttpResponse<String> response) {
        return json(response).at("/result/isError").asBoolean(false);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
