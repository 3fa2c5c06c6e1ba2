package dev.triage.orchestrator.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * CloudWatch's {@code PutMetricData} on loopback, at the wire this SDK line speaks: Smithy RPC v2 CBOR at {@code POST
 * /service/GraniteServiceVersion20100801/operation/PutMetricData}, gzip when the SDK compresses a large request.
 * Keeps each request's decoded body and its {@code Authorization} header; answers the empty CBOR map CloudWatch does.
 */
final class PutMetricDataFake implements AutoCloseable {

    static final String PATH = "/service/GraniteServiceVersion20100801/operation/PutMetricData";
    private static final CBORMapper CBOR = new CBORMapper();

    record Put(String authorization, JsonNode body) {}

    private final HttpServer server;
    private final List<Put> puts = new CopyOnWriteArrayList<>();

    PutMetricDataFake() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Put> puts() {
        return List.copyOf(puts);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                send(exchange, 400, Map.of("__type", "com.amazonaws.cloudwatch#UnknownOperationException"));
                return;
            }
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                try (InputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = gunzip.readAllBytes();
                }
            }
            puts.add(new Put(exchange.getRequestHeaders().getFirst("Authorization"), CBOR.readTree(body)));
            send(exchange, 200, Map.of());
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = CBOR.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/cbor");
        exchange.getResponseHeaders().add("smithy-protocol", "rpc-v2-cbor");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "fake-" + System.nanoTime());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
