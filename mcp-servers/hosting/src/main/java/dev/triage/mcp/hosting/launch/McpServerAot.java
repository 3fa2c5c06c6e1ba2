package dev.triage.mcp.hosting.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A standalone MCP server's Java AOT cache: the one {@link AotProfile} its {@code main} launches on, and the build's
 * training run of it. The server is started from its extracted jar on a free loopback port with the arguments the
 * pom gives (the demo snapshot, say), then asked what an agent asks: {@code initialize}, {@code tools/list} and each
 * {@code tools/call} of a calls file (the one its {@code mcp-client-check} runs), and stopped.
 *
 * <p>Usage: {@code java -cp CLASSPATH dev.triage.mcp.hosting.launch.McpServerAot JAR CALLS_JSON [SERVER_ARG...]}
 */
public final class McpServerAot {

    /** A long-running server: the JVM's defaults (both compilers, the GC ergonomics picks). */
    public static final AotProfile PROFILE = new AotProfile("server", List.of());

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration CALL = Duration.ofMinutes(2);

    // Not static: the servers' mains read PROFILE before anything else, and should load no more than it.
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private int nextId = 1;

    private McpServerAot(URI endpoint) {
        this.endpoint = endpoint;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        String calls = Files.readString(Path.of(args[1]));
        List<String> serverArgs = new ArrayList<>(List.of("--server.address=127.0.0.1", "--server.port=0"));
        serverArgs.addAll(Arrays.asList(args).subList(2, args.length));
        AotTraining training = AotTraining.extract(jar);
        training.trainServer(PROFILE, serverArgs, PORT, ready -> {
            McpServerAot client = new McpServerAot(URI.create("http://127.0.0.1:" + ready.group(1) + "/mcp"));
            client.askAsAnAgent(calls);
        });
        training.finish();
    }

    private void askAsAnAgent(String callsFile) throws IOException, InterruptedException {
        JsonNode calls = json.readTree(callsFile).required("calls");
        call(
                "initialize",
                Map.of(
                        "protocolVersion",
                        "2025-06-18",
                        "capabilities",
                        Map.of(),
                        "clientInfo",
                        Map.of("name", "triage-aot-training", "version", "1")));
        send(Map.of("jsonrpc", "2.0", "method", "notifications/initialized"));
        call("tools/list", Map.of());
        for (JsonNode toolCall : calls) {
            call(
                    "tools/call",
                    Map.of("name", toolCall.required("tool").asString(), "arguments", toolCall.path("arguments")));
        }
    }

    /** A request that must come back with a result (a tool's isError result is one: refusals are trained too). */
    private void call(String method, Map<String, Object> params) throws IOException, InterruptedException {
        Map<String, Object> request = Map.of("jsonrpc", "2.0", "id", nextId++, "method", method, "params", params);
        HttpResponse<String> response = send(request);
        String body = response.body();
        if (response.statusCode() != 200
                || json.readTree(jsonMessage(body)).path("result").isMissingNode()) {
            throw new IllegalStateException(
                    "the training call " + method + " " + params + " got " + response.statusCode() + ": " + body);
        }
    }

    /** The JSON-RPC message of an answer, as JSON or as the data of a server-sent event. */
    private static String jsonMessage(String body) {
        return body.lines()
                .filter(line -> line.startsWith("data:"))
                .map(line -> line.substring("data:".length()).strip())
                .findFirst()
                .orElse(body);
    }

    private HttpResponse<String> send(Map<String, Object> message) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json, text/event-stream")
                        .timeout(CALL)
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
