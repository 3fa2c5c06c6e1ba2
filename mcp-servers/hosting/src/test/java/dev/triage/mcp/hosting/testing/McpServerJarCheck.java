package dev.triage.mcp.hosting.testing;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A packaged MCP server as it is deployed: its real jar started with {@code java -jar} on a free loopback port and a
 * snapshot, then checked by the official TypeScript MCP client ({@code mcp-servers/hosting/src/test/mcp-client-check}).
 * The server's pom passes the jar, snapshot, check directory and calls file as {@code triage.it.*} system properties.
 */
public final class McpServerJarCheck implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(90);

    private final Path jar;
    private final Path log;
    private Process server;

    private McpServerJarCheck(Path jar) {
        this.jar = jar;
        this.log = jar.resolveSibling(jar.getFileName() + "-it.log");
    }

    public static McpServerJarCheck fromSystemProperties() {
        return new McpServerJarCheck(Path.of(System.getProperty("triage.it.jar")));
    }

    /** Starts the jar, runs {@code node check.mjs URL CALLS} against it and asserts the check passed. */
    public void run() throws IOException, InterruptedException {
        int port = freePort();
        server = new ProcessBuilder(
                        javaBinary(),
                        "-jar",
                        jar.toString(),
                        "--server.address=127.0.0.1",
                        "--server.port=" + port,
                        "--triage.snapshot=" + System.getProperty("triage.it.snapshot"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitReady(port);
        assertOneProcessOnTheCache();
        String output = runCheck("http://127.0.0.1:" + port + "/mcp");
        assertThat(output).contains("mcp-client-check OK");
    }

    private String runCheck(String url) throws IOException, InterruptedException {
        Path output = jar.resolveSibling(jar.getFileName() + "-mcp-client-check.log");
        Process check = new ProcessBuilder(List.of("node", "check.mjs", url, System.getProperty("triage.it.calls")))
                .directory(Path.of(System.getProperty("triage.it.check-dir")).toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = check.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            check.destroyForcibly();
        }
        String text = Files.readString(output);
        assertThat(finished).as("node check.mjs did not finish: %s", text).isTrue();
        assertThat(check.exitValue()).as(text).isZero();
        return text;
    }

    /**
     * With the build's AOT cache beside the jar ({@code NAME-aot/}), the process started became the JVM on that cache
     * (the launcher's exec) rather than waiting for a child JVM; without it (-DskipAot) it runs as it was started.
     */
    private void assertOneProcessOnTheCache() {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        if (!Files.isDirectory(jar.resolveSibling(name + "-aot"))) {
            return;
        }
        List<String> arguments = server.info().arguments().map(List::of).orElse(List.of());
        assertThat(arguments).anyMatch(argument -> argument.startsWith("-XX:AOTCache="));
        assertThat(server.descendants()).isEmpty();
    }

    /** Polls the readiness probe, as Kubernetes would, until the server answers or dies. */
    private void awaitReady(int port) throws IOException, InterruptedException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline) && server.isAlive()) {
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not become ready; its log:\n" + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(15, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
