package dev.triage.agents.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Bedrock AgentCore on loopback, at the HTTP wire, in front of a real MCP server: a <b>Gateway</b> that lets in only a
 * bearer token its check accepts, lists the server's tools as {@code TARGET___tool} beside another target's tool and
 * its own {@code x_amz_bedrock_agentcore_search}, and calls a tool only by its prefixed name; or a <b>Runtime</b>
 * whose inbound check is given (a SigV4 verification), passing MCP through unchanged. Refusals are 401/403 with a
 * JSON body, as AgentCore answers them; every tool name called upstream is recorded.
 */
public final class AgentCoreStandIn implements AutoCloseable {

    public static final String SEARCH_TOOL = "x_amz_bedrock_agentcore_search";
    /** A tool of another gateway target, which no agent of this server may see. */
    public static final String OTHER_TARGETS_TOOL = "cloudwatch-target___get_metric_series";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a stand-in checks before it passes a request on: null to pass, or the refusal's status. */
    @FunctionalInterface
    public interface Check {
        Integer refuse(HttpExchange exchange, byte[] body);
    }

    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI upstream;
    private final String prefix;
    private final Check check;
    private final List<String> calledUpstream = new CopyOnWriteArrayList<>();
    private final List<Integer> refusals = new CopyOnWriteArrayList<>();

    private AgentCoreStandIn(URI upstream, String target, Check check) {
        this.upstream = upstream;
        this.prefix = target == null ? null : target + "___";
        this.check = check;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** A Gateway with one target, {@code target}, in front of {@code upstream}, letting in bearer tokens {@code valid} accepts. */
    public static AgentCoreStandIn gateway(URI upstream, String target, Predicate<String> valid) {
        return new AgentCoreStandIn(upstream, target, (exchange, body) -> {
            String header = exchange.getRequestHeaders().getFirst("Authorization");
            return header != null && header.startsWith("Bearer ") && valid.test(header.substring(7)) ? null : 401;
        });
    }

    /** A Runtime in front of {@code upstream}, letting in what {@code check} passes. */
    public static AgentCoreStandIn runtime(URI upstream, Check check) {
        return new AgentCoreStandIn(upstream, null, check);
    }

    /** This stand-in's URL with {@code pathAndQuery} ({@code /mcp} for a Gateway, the invocations path for a Runtime). */
    public URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    public List<String> calledUpstream() {
        return List.copyOf(calledUpstream);
    }

    public List<Integer> refusals() {
        return List.copyOf(refusals);
    }

    @Override
    public void close() {
        server.stop(0);
        http.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "{\"message\":\"POST only\"}");
                return;
            }
            Integer refused = check.refuse(exchange, body);
            if (refused != null) {
                refusals.add(refused);
                answer(exchange, refused, "{\"message\":\"" + (refused == 401 ? "Unauthorized" : "Forbidden") + "\"}");
                return;
            }
            JsonNode message = JSON.readTree(body);
            String method = message.path("method").asText();
            if ("tools/call".equals(method) && !renameCall((ObjectNode) message.get("params"))) {
                answer(
                        exchange,
                        200,
                        error(
                                message,
                                "unknown tool " + message.at("/params/name").asText()));
                return;
            }
            HttpResponse<String> response = forward(exchange, JSON.writeValueAsBytes(message));
            String text = fromEvents(response);
            if (prefix != null && "tools/list".equals(method) && !text.isEmpty()) {
                text = prefixed(JSON.readTree(text));
            }
            response.headers().firstValue("Mcp-Session-Id").ifPresent(id -> exchange.getResponseHeaders()
                    .set("Mcp-Session-Id", id));
            answer(exchange, response.statusCode(), text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A Gateway calls a tool only by its target's prefix; the server knows it by its own name. */
    private boolean renameCall(ObjectNode params) {
        String name = params.path("name").asText();
        calledUpstream.add(name);
        if (prefix == null) {
            return true;
        }
        if (!name.startsWith(prefix)) {
            return false;
        }
        params.put("name", name.substring(prefix.length()));
        return true;
    }

    private HttpResponse<String> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        String session = exchange.getRequestHeaders().getFirst("Mcp-Session-Id");
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON-RPC answer, whether the server sent it as JSON or as one server-sent event. */
    private static String fromEvents(HttpResponse<String> response) {
        boolean events =
                response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
        if (!events) {
            return response.body();
        }
        StringBuilder data = new StringBuilder();
        response.body()
                .lines()
                .filter(line -> line.startsWith("data:"))
                .forEach(line -> data.append(line.substring(5).strip()));
        return data.toString();
    }

    private String prefixed(JsonNode answer) throws IOException {
        JsonNode tools = answer.at("/result/tools");
        if (tools instanceof ArrayNode list) {
            list.forEach(tool ->
                    ((ObjectNode) tool).put("name", prefix + tool.path("name").asText()));
            list.add(tool(SEARCH_TOOL));
            list.add(tool(OTHER_TARGETS_TOOL));
        }
        return JSON.writeValueAsString(answer);
    }

    private static ObjectNode tool(String name) {
        ObjectNode tool = JSON.createObjectNode().put("name", name).put("description", "not this server's");
        tool.putObject("inputSchema").put("type", "object");
        return tool;
    }

    private static String error(JsonNode message, String text) throws IOException {
        ObjectNode answer = JSON.createObjectNode().put("jsonrpc", "2.0");
        answer.set("id", message.get("id"));
        answer.putObject("error").put("code", -32602).put("message", text);
        return JSON.writeValueAsString(answer);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
