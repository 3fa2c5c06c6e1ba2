package dev.triage.mcp.runbook;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged server as it is deployed: the real jar planning against the bundled demo snapshot, checked by the official
 * TypeScript MCP client (mcp-servers/hosting/src/test/mcp-client-check).
 */
class RunbookServerJarIT {

    private static final Duration START_DEADLINE = Duration.ofSeconds(90);

    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(15, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theRealJarServesCatalogAndProposalsToTheOfficialTypeScriptClient() throws Exception {
        Path jar = Path.of(System.getProperty("triage.it.jar"));
        Path log = jar.resolveSibling("runbook-server-jar-it.log");
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
        awaitReady(port, log);

        Path checkOutput = jar.resolveSibling("mcp-client-check.log");
        Process check = new ProcessBuilder(List.of(
                        "node",
                        "check.mjs",
                        "http://127.0.0.1:" + port + "/mcp",
                        System.getProperty("triage.it.calls")))
                .directory(Path.of(System.getProperty("triage.it.check-dir")).toFile())
                .redirectErrorStream(true)
                .redirectOutput(checkOutput.toFile())
                .start();
        boolean finished = check.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            check.destroyForcibly();
        }

        String output = Files.readString(checkOutput);
        assertThat(finished).as("node check.mjs did not finish: %s", output).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("mcp-client-check OK");
    }

    /** Polls the readiness probe, as Kubernetes would, until the server answers or dies. */
    private void awaitReady(int port, Path log) throws IOException, InterruptedException {
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

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
