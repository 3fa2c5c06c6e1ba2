package dev.triage.orchestrator.slack;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Slack, at the wire, on a loopback port: the Web API methods the service calls ({@code /api/views.open},
 * {@code /api/chat.update}, {@code /api/chat.postMessage}, answered as Slack answers them) and the addresses Slack
 * hands out for replies ({@code /hooks/...}: a {@code response_url}, an incoming webhook). Every request is recorded.
 */
final class SlackStandIn implements AutoCloseable {

    /** One request as it arrived. @param form the body's form fields (the Web API's encoding), if it had any */
    record Call(String path, String authorization, String contentType, String body, Map<String, String> form) {

        /** A form field holding JSON (blocks, a view) as a person reads it: the SDK writes {@code <} as \\u003c. */
        String json(String field) {
            String value = form.get(field);
            return value == null ? "" : READABLE.toJson(JsonParser.parseString(value));
        }
    }

    private static final Gson READABLE = new GsonBuilder().disableHtmlEscaping().create();

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final AtomicInteger messages = new AtomicInteger();

    SlackStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    String hook(String name) {
        return base() + "/hooks/" + name;
    }

    synchronized List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    /** The first call to {@code path} that {@code matching} accepts, waiting up to 60 s for it to arrive. */
    Call await(String path, Predicate<Call> matching) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (this) {
                for (Call call : calls) {
                    if (call.path().equals(path) && matching.test(call)) {
                        return call;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no call to " + path + " as expected; calls: " + snapshot());
    }

    private synchronized List<Call> snapshot() {
        return List.copyOf(calls);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String path = exchange.getRequestURI().getPath();
        Call call = new Call(
                path,
                exchange.getRequestHeaders().getFirst("Authorization"),
                type,
                body,
                type != null && type.startsWith("application/x-www-form-urlencoded") ? form(body) : Map.of());
        synchronized (this) {
            calls.add(call);
        }
        boolean hook = path.startsWith("/hooks/");
        byte[] reply = (hook ? "ok" : method(path, call)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", hook ? "text/plain" : "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    private String method(String path, Call call) {
        if (!"Bearer xoxb-test-token".equals(call.authorization())) {
            return "{\"ok\":false,\"error\":\"invalid_auth\"}";
        }
        return switch (path) {
            case "/api/views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V0001\"}}";
            case "/api/chat.update" ->
                "{\"ok\":true,\"channel\":\"" + call.form().get("channel") + "\",\"ts\":\""
                        + call.form().get("ts") + "\"}";
            case "/api/chat.postMessage" ->
                "{\"ok\":true,\"channel\":\"" + call.form().get("channel")
                        + "\",\"ts\":\"1700000100.%06d\"}".formatted(messages.incrementAndGet());
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
