package dev.triage.mcp.cloudwatch.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * CloudWatch and CloudWatch Logs on loopback, at the wire: metrics as Smithy RPC v2 CBOR
 * ({@code POST /service/GraniteServiceVersion20100801/operation/<Op>}), logs as awsJson 1.1
 * ({@code POST /} with {@code X-Amz-Target: Logs_20140328.<Op>}). Replies are scripted per operation and served in
 * order; the last one repeats.
 */
final class FakeAws implements AutoCloseable {

    static final String CBOR_PREFIX = "/service/GraniteServiceVersion20100801/operation/";

    /** One request as received. */
    record Request(String operation, String path, Map<String, List<String>> headers, JsonNode body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    /** What the fake answers. */
    sealed interface Reply {}

    record Ok(Map<String, ?> body) implements Reply {}

    record Failure(int status, String code, String message) implements Reply {}

    record Slow(Duration delay, Reply then) implements Reply {}

    private static final JsonMapper JSON = new JsonMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeAws() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeAws start() {
        return new FakeAws();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    FakeAws on(String operation, Reply... script) {
        replies.put(operation, new ArrayDeque<>(List.of(script)));
        return this;
    }

    /** Every request since the last drain, as operation and path, and forgets them. */
    synchronized List<String> drain() {
        List<String> seen = requests.stream()
                .map(request -> request.operation() + " " + request.path())
                .toList();
        requests.clear();
        return seen;
    }

    List<Request> requests(String operation) {
        return requests.stream().filter(r -> r.operation().equals(operation)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            boolean cbor = path.startsWith(CBOR_PREFIX);
            String operation = cbor ? path.substring(CBOR_PREFIX.length()) : target(exchange);
            JsonNode parsed = body.length == 0 ? null : cbor ? Cbor.read(body) : JSON.readTree(body);
            requests.add(new Request(operation, path, Map.copyOf(exchange.getRequestHeaders()), parsed));
            respond(exchange, cbor, next(operation));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String target(HttpExchange exchange) {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        return target == null ? "?" : target.substring(target.indexOf('.') + 1);
    }

    private Reply next(String operation) {
        Deque<Reply> script = replies.get(operation);
        if (script == null) {
            return new Failure(400, "UnknownOperationException", "the fake has no reply for " + operation);
        }
        synchronized (script) {
            return script.size() > 1 ? script.poll() : script.peek();
        }
    }

    private void respond(HttpExchange exchange, boolean cbor, Reply reply) throws IOException, InterruptedException {
        switch (reply) {
            case Slow slow -> {
                Thread.sleep(slow.delay());
                respond(exchange, cbor, slow.then());
            }
            case Ok ok -> send(exchange, cbor, 200, ok.body());
            case Failure error -> {
                if (cbor) {
                    // CloudWatch is awsQueryCompatible: the query-protocol error code travels in this header.
                    exchange.getResponseHeaders().add("x-amzn-query-error", error.code() + ";Sender");
                }
                String type = cbor ? "com.amazonaws.cloudwatch#" + error.code() : error.code();
                send(exchange, cbor, error.status(), Map.of("__type", type, "message", error.message()));
            }
        }
    }

    private static void send(HttpExchange exchange, boolean cbor, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = cbor ? Cbor.write(body) : JSON.writeValueAsBytes(body);
        var headers = exchange.getResponseHeaders();
        if (cbor) {
            headers.add("Content-Type", "application/cbor");
            headers.add("smithy-protocol", "rpc-v2-cbor");
        } else {
            headers.add("Content-Type", "application/x-amz-json-1.1");
        }
        headers.add("x-amzn-RequestId", "fake-" + System.nanoTime());
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
