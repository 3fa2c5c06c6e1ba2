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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the browser tests share: the real jar started as the README starts it (on a throwaway database), and a
 * playwright-core script of {@code src/test/ui-check} run against it in Debian's headless Chromium.
 */
final class BrowserRun implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration START_DEADLINE = Duration.ofMinutes(3);

    final Path jar = Path.of(System.getProperty("triage.it.jar"));
    final Path checkDir = Path.of(System.getProperty("triage.it.ui-check-dir"));
    final Path screenshots = Path.of(System.getProperty("triage.it.screenshots"));
    private Process service;

    static void requireChromium() {
        assertThat(Files.isExecutable(CHROMIUM))
                .as(
                        "the browser test needs Debian's chromium at %s: `apt-get install -y chromium` (.ci/run installs"
                                + " it when missing)",
                        CHROMIUM)
                .isTrue();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts the service on 127.0.0.1:{@code port} with {@code settings} besides, and waits until it answers. */
    void startService(int port, String name, List<String> settings) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                javaBinary(),
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                // A throwaway database, not the user's ~/.triage/data.
                "--triage.data-dir="));
        command.addAll(settings);
        Path log = jar.resolveSibling(name + ".log");
        service = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitReady(port, log);
    }

    /** Runs {@code node script args...} in the check's directory; its output, having asserted it said "ui-check OK". */
    String check(String script, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(args);
        Path output = jar.resolveSibling(script.replace(".mjs", "") + "-check.log");
        Process check = new ProcessBuilder(command)
                .directory(checkDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = check.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            check.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String text = Files.readString(output);
        assertThat(finished).as("node %s did not finish: %s", script, text).isTrue();
        assertThat(check.exitValue()).as(text).isZero();
        assertThat(text).contains("ui-check OK");
        return text;
    }

    @Override
    public void close() throws InterruptedException {
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
}
