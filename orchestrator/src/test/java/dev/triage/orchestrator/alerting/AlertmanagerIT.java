package dev.triage.orchestrator.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.orchestrator.TriageApplication;
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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The real Alertmanager (Debian's prometheus-alertmanager, 0.25) with a webhook receiver pointing at the running
 * service: an alert pushed to its API becomes a stored, completed investigation with source ALERTMANAGER, and neither
 * the same alert pushed again nor the group's re-sends start a second one.
 */
class AlertmanagerIT {

    private static final String BINARY = "prometheus-alertmanager";
    private static final String TOKEN = "it-alertmanager-token";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern SENT =
            Pattern.compile("(?m)^alertmanager_notifications_total\\{integration=\"webhook\"} (\\d+)");
    private static final Pattern FAILED =
            Pattern.compile("(?m)^alertmanager_notifications_failed_total\\{integration=\"webhook\"[^}]*} (\\d+)");

    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private ConfigurableApplicationContext service;
    private Process alertmanager;

    @Test
    void alertFromARealAlertmanagerIsInvestigatedOnceThoughSentAgainAndReSent() throws Exception {
        service = new SpringApplicationBuilder(TriageApplication.class)
                .run("--server.port=0", "--triage.alerts.alertmanager.token=" + TOKEN);
        int servicePort = ((WebServerApplicationContext) service).getWebServer().getPort();
        int port = startAlertmanager(servicePort);
        String alertname =
                "TriageIt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String alert = """
                [{"labels": {"alertname": "%s", "namespace": "shop", "pod": "cart-7d4b9c8f5-x2x9q", "severity": "critical"},
                  "annotations": {"summary": "cart keeps restarting"}, "startsAt": "%s"}]""".formatted(alertname, Instant.now().minusSeconds(5));

        assertThat(post("http://127.0.0.1:" + port + "/api/v2/alerts", alert)).isEqualTo(200);

        AlertCalls calls = new AlertCalls(servicePort);
        String id = awaitInvestigation(calls, alertname);
        JsonNode report = calls.awaitFinished(id);
        assertThat(report.get("status").stringValue()).isEqualTo("COMPLETED");
        assertThat(report.get("namespace").stringValue()).isEqualTo("shop");

        assertThat(post("http://127.0.0.1:" + port + "/api/v2/alerts", alert)).isEqualTo(200);
        // repeat_interval is 2s: Alertmanager keeps sending the group; wait for two re-sends past the first.
        awaitNotifications(port, 3);
        assertThat(investigationsOf(calls, alertname)).containsExactly(id);
        assertThat(metric(port, FAILED)).isZero();
    }

    private int startAlertmanager(int servicePort) throws IOException, InterruptedException {
        assertThat(onPath(BINARY))
                .as(
                        "this test needs Debian's %s: `apt-get install -y prometheus-alertmanager` (.ci/run installs it"
                                + " when missing)",
                        BINARY)
                .isTrue();
        int port = freePort();
        Path config = dir.resolve("alertmanager.yml");
        Files.writeString(config, """
                route:
                  receiver: triage
                  group_by: ['alertname']
                  group_wait: 1s
                  group_interval: 1s
                  repeat_interval: 2s
                receivers:
                  - name: triage
                    webhook_configs:
                      - url: http://127.0.0.1:%d/api/v1/alerts/alertmanager
                        send_resolved: true
                        http_config:
                          authorization:
                            type: Bearer
                            credentials: %s
                """.formatted(servicePort, TOKEN));
        Path log = dir.resolve("alertmanager.log");
        alertmanager = new ProcessBuilder(
                        BINARY,
                        "--config.file=" + config,
                        "--storage.path=" + dir.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port,
                        "--cluster.listen-address=")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitReady(port, log);
        return port;
    }

    private void awaitReady(int port, Path log) throws IOException, InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/-/ready"))
                .timeout(TIMEOUT)
                .build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && alertmanager.isAlive()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // keep polling
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Alertmanager did not become ready; its log:\n" + Files.readString(log));
    }

    private String awaitInvestigation(AlertCalls calls, String alertname) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<String> ids = investigationsOf(calls, alertname);
            if (!ids.isEmpty()) {
                return ids.getFirst();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no investigation of " + alertname + " was stored");
    }

    private static List<String> investigationsOf(AlertCalls calls, String alertname) {
        JsonNode list = calls.json(calls.get("/api/v1/investigations?limit=100&source=ALERTMANAGER"));
        return list.get("investigations")
                .valueStream()
                .filter(item -> item.get("question").stringValue().contains(alertname))
                .map(item -> item.get("id").stringValue())
                .toList();
    }

    private void awaitNotifications(int port, long count) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (metric(port, SENT) >= count) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Alertmanager sent fewer than " + count + " webhook notifications");
    }

    private long metric(int port, Pattern pattern) throws IOException, InterruptedException {
        HttpRequest metrics = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(TIMEOUT)
                .build();
        Matcher matcher = pattern.matcher(
                http.send(metrics, HttpResponse.BodyHandlers.ofString()).body());
        long total = 0;
        while (matcher.find()) {
            total += Long.parseLong(matcher.group(1));
        }
        return total;
    }

    private int post(String url, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (alertmanager != null) {
            alertmanager.destroy();
            if (!alertmanager.waitFor(20, TimeUnit.SECONDS)) {
                alertmanager.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (service != null) {
            service.close();
        }
    }

    private static boolean onPath(String binary) {
        return Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(entry -> Files.isExecutable(Path.of(entry, binary)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
