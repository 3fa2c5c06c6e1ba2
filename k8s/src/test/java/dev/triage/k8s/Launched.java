package dev.triage.k8s;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A process started for a test, with its output in a file, stopped (and waited for) on close. */
final class Launched implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;

    private Launched(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static Launched start(List<String> command, Map<String, String> env, Path workDir) throws IOException {
        Path log = workDir.resolve("output.log");
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return new Launched(builder.start(), log);
    }

    /** Polls the path until it answers 200; the process dying or the deadline passing fails with its output. */
    void awaitOk(int port, String path, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("exited " + process.exitValue() + " before " + path + " answered:\n" + tail());
            }
            if (get(port, path) == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(path + " did not answer 200 within " + within + ":\n" + tail());
    }

    int get(int port, String path) throws InterruptedException {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
