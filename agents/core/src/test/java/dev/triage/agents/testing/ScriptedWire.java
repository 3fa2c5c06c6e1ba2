package dev.triage.agents.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback HTTP endpoint that answers each request with the next scripted reply and records every request. The
 * model fakes ({@link BedrockWire}, {@link OpenAiWire}) speak their real wire formats on top of it.
 */
public final class ScriptedWire implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** One scripted answer; {@code delay} holds it back, longer than a client's timeout to provoke one. */
    public record Reply(int status, String body, Map<String, String> headers, Duration delay) {

        static Reply json(int status, Object body, Map<String, String> headers) {
            return new Reply(status, JSON.writeValueAsString(body), headers, Duration.ZERO);
        }

        public Reply delayedBy(Duration by) {
            return new Reply(status, body, headers, by);
        }
    }

    /** A request as it arrived: the method, the raw (still encoded) path, the headers and the JSON body. */
    public record Recorded(String method, String rawPath, Headers headers, JsonNode body) {

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private static final Reply UNSCRIPTED = Reply.json(500, Map.of("message", "unscripted request"), Map.of());

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Function<Recorded, Reply> gate;

    /** {@code gate} answers a request before the script does (e.g. a missing signature), or returns null. */
    ScriptedWire(String path, Function<Recorded, Reply> gate) {
        this.gate = gate;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot bind a loopback port", e);
        }
        server.setExecutor(executor);
        server.createContext(path, this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void script(List<Reply> replies) {
        script.addAll(replies);
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** Whether every scripted reply was asked for. */
    boolean used() {
        return script.isEmpty();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow(); // wakes handlers still holding back a delayed reply
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Recorded request = new Recorded(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestHeaders(),
                body.length == 0 ? null : JSON.readTree(body));
        requests.add(request);
        Reply gated = gate.apply(request);
        Reply reply = gated != null ? gated : script.isEmpty() ? UNSCRIPTED : script.poll();
        try {
            Thread.sleep(reply.delay());
            send(exchange, reply);
        } catch (InterruptedException | IOException clientGone) {
            exchange.close(); // the client timed out and hung up, or the fake is closing
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
