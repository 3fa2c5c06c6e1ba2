package dev.triage.orchestrator.ui;

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
 * The chat UI in a real browser against the real jar as the README starts it (the embedded default): headless
 * Debian Chromium driven by playwright-core ({@code src/test/ui-check/flow.mjs}) asks "diagnose unhealthy pods",
 * sees the progress stream, the report with the demo's planted root causes, approves and executes a runbook, reads
 * the audit, the history and a deep link, and runs axe-core on each view. Screenshots: target/ui-screenshots.
 */
class ChatUiBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration START_DEADLINE = Duration.ofMinutes(3);

    private final Path jar = Path.of(System.getProperty("triage.it.jar"));
    private final Path checkDir = Path.of(System.getProperty("triage.it.ui-check-dir"));
    private final Path screenshots = Path.of(System.getProperty("triage.it.screenshots"));
    private Process service;

    @Test
    void askWatchReadApproveExecuteAndBrowseHistoryInHeadlessChromium() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as(
                        "the browser test needs Debian's chromium at %s: `apt-get install -y chromium` (.ci/run installs"
                                + " it when missing)",
                        CHROMIUM)
                .isTrue();
        int port = freePort();
        Path log = jar.resolveSibling("triage-ui-it.log");
        service = new ProcessBuilder(
                        javaBinary(),
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        // A throwaway database, not the user's ~/.triage/data.
                        "--triage.data-dir=")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitReady(port, log);

        Path output = jar.resolveSibling("triage-ui-check.log");
        Process check = new ProcessBuilder(
                        List.of("node", "flow.mjs", "http://127.0.0.1:" + port, screenshots.toString()))
                .directory(checkDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = check.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            check.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String text = Files.readString(output);
        assertThat(finished).as("node flow.mjs did not finish: %s", text).isTrue();
        assertThat(check.exitValue()).as(text).isZero();
        assertThat(text).contains("ui-check OK");
        assertThat(List.of("report.png", "approval.png", "execution.png", "history.png"))
                .allSatisfy(name -> assertThat(screenshots.resolve(name)).isNotEmptyFile());
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private void awaitReady(int port, Path log) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/session"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline) && service.isAlive()) {
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not start; its log:\n" + Files.readString(log));
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
