package dev.triage.orchestrator.investigation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A test's way to make an investigation slow, deterministically: an HTTP proxy in front of a real MCP server that
 * holds every {@code tools/call} until {@link #open} is called (initialize and tools/list pass), so a service can be
 * killed while an investigation is certainly mid-way. Nothing in the product waits for it.
 */
final class GatedMcpProxy implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_HOLD = Duration.ofMinutes(5);
    private static final List<String> FORWARDED =
            List.of("Content-Type", "Accept", "Mcp-Session-Id", "MCP-Protocol-Version");

    private final URI target;
    private final HttpServer server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch held = new CountDownLatch(1);

    GatedMcpProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::forward);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
    }

    /** Waits until a tools/call has arrived and is being held. */
    boolean awaitHeld(Duration max) throws InterruptedException {
        return held.await(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets held and later tools/call requests through. */
    void open() {
        gate.countDown();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (new String(body, StandardCharsets.UTF_8).contains("\"tools/call\"")) {
                held.countDown();
                gate.await(MAX_HOLD.toMillis(), TimeUnit.MILLISECONDS);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .timeout(TIMEOUT)
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            FORWARDED.forEach(name -> {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    request.header(name, value);
                }
            });
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders()
                    .set("Content-Type", type));
            response.headers().firstValue("Mcp-Session-Id").ifPresent(id -> exchange.getResponseHeaders()
                    .set("Mcp-Session-Id", id));
            exchange.sendResponseHeaders(
                    response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException callerGone) {
            // The service that asked was killed while its call was held: nobody is left to answer.
        }
    }

    @Override
    public void close() {
        gate.countDown();
        server.stop(0);
    }
}
