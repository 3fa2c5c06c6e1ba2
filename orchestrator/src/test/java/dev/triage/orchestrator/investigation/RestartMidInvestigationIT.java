package dev.triage.orchestrator.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.mcp.eks.EksMcpServerApplication;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service jar killed with SIGKILL in the middle of an investigation (its EKS server's tools/call held by a
 * {@link GatedMcpProxy}), then started again on the same triage.data-dir: the interrupted investigation is run again
 * from the start and completes, under the same id.
 */
class RestartMidInvestigationIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration START_DEADLINE = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    private final Path jar = Path.of(System.getProperty("triage.it.jar"));
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private ConfigurableApplicationContext eks;
    private GatedMcpProxy proxy;
    private Process service;

    @Test
    void investigationInterruptedByAKilledServiceCompletesAfterTheRestart() throws Exception {
        eks = new SpringApplicationBuilder(EksMcpServerApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .run(
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--triage.snapshot=" + BundledSnapshots.demo(),
                        "--logging.level.root=WARN");
        int eksPort = ((WebServerApplicationContext) eks).getWebServer().getPort();
        proxy = new GatedMcpProxy(URI.create("http://127.0.0.1:" + eksPort + "/mcp"));
        int port = freePort();
        Path data = dir.resolve("data");

        service = start(port, data, dir.resolve("first.log"));
        String id = ask(port);
        assertThat(proxy.awaitHeld(Duration.ofMinutes(2)))
                .as("the investigation never called a tool")
                .isTrue();
        assertThat(status(port, id)).isEqualTo("RUNNING");

        service.destroyForcibly();
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        proxy.open();
        service = start(port, data, dir.resolve("second.log"));

        JsonNode report = awaitFinished(port, id);
        assertThat(report.get("status").stringValue()).as(report.toString()).isEqualTo("COMPLETED");
        assertThat(report.get("toolCalls").size()).isPositive();
        assertThat(Files.readString(dir.resolve("second.log"))).contains("Queued again 1 investigation(s)");
    }

    private Process start(int port, Path data, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--server.address=127.0.0.1",
                        "--server.port=" + port,
                        "--triage.data-dir=" + data,
                        "--triage.agents.servers.eks=" + proxy.url(),
                        "--triage.agents.cluster=demo-eks",
                        "--triage.investigations.lease=2s")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/investigations"))
                .timeout(TIMEOUT)
                .build();
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the service did not start; its log:\n" + Files.readString(log));
    }

    private String ask(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/investigations"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"diagnose unhealthy pods\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body()).get("id").stringValue();
    }

    private String status(int port, String id) throws IOException, InterruptedException {
        return report(port, id).get("status").stringValue();
    }

    private JsonNode report(int port, String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/investigations/" + id))
                .timeout(TIMEOUT)
                .build();
        return json.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode awaitFinished(int port, String id) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode report = report(port, id);
            String status = report.get("status").stringValue();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return report;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("investigation " + id + " did not finish after the restart");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (proxy != null) {
            proxy.close();
        }
        if (eks != null) {
            eks.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
