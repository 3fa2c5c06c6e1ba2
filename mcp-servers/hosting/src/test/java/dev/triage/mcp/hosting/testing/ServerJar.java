package dev.triage.mcp.hosting.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A packaged MCP server's jar started with {@code java -jar} and the given options, as a person starts it from the
 * README: for checks of where it listens and who may call it. The jar is {@code triage.it.jar}.
 */
public final class ServerJar implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;

    private ServerJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar on a free port (the options must not name one), without waiting for it. */
    public static ServerJar start(String name, List<String> options) throws IOException {
        Path jar = Path.of(System.getProperty("triage.it.jar"));
        Path log = jar.resolveSibling(jar.getFileName() + "-" + name + ".log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--server.port=" + port));
        command.addAll(options);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServerJar(process, log, port);
    }

    public int port() {
        return port;
    }

    /** Waits for the process to end by itself (a refusal), and answers its exit code. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit: it started although it should have refused");
        }
        return process.exitValue();
    }

    /** Polls the readiness probe on loopback until the server answers, or fails with its log. */
    public void awaitReady() throws IOException, InterruptedException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not become ready; its log:\n" + output());
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
