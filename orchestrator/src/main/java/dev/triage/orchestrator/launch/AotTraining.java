package dev.triage.orchestrator.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Run by the build after the jar is packaged: extracts it into {@code NAME-aot/} (Spring Boot's {@code jarmode=tools
 * extract}), then makes two Java AOT caches there (JEP 483/514/515: the classes a run loads and links, and its
 * methods' profiles) from two training runs on the bundled demo: {@code diagnose}, with the flags
 * {@link CachedLaunch} gives a one-shot command, and the service answering one investigation over its API; then
 * stamps them with the jar they came from. A failed step fails the build: a demo that cannot diagnose is broken.
 *
 * <p>Usage: {@code java -cp target/classes dev.triage.orchestrator.launch.AotTraining target/triage.jar}
 */
public final class AotTraining {

    private static final Duration STEP = Duration.ofMinutes(15);
    private static final Pattern READY = Pattern.compile("Triage is ready on (http://\\S+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private final Path dir;
    private final AotCache cache;
    private final Path log;

    private AotTraining(Path jar) {
        this.dir = AotCache.dir(jar);
        this.cache = AotCache.in(dir, AotCache.name(jar));
        this.log = jar.resolveSibling(AotCache.name(jar) + "-aot-training.log");
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        new AotTraining(jar).train(jar);
    }

    private void train(Path jar) throws Exception {
        Files.deleteIfExists(AotCache.stampFile(jar));
        Files.deleteIfExists(log);
        deleteTree(dir); // a dependency dropped since the last build leaves no jar behind
        run(List.of("-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", dir.toString(), "--force"));
        long started = System.nanoTime();
        run(List.of(
                "-XX:AOTCacheOutput=" + cache.cli(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                CachedLaunch.NATIVE_ACCESS,
                "-D" + CachedLaunch.CHILD + "=training",
                "-jar",
                cache.jar().toString(),
                "diagnose",
                "--format",
                "json"));
        long cli = System.nanoTime();
        trainService();
        Files.writeString(AotCache.stampFile(jar), AotCache.stamp(jar) + "\n");
        System.out.printf(
                "AOT caches in %s: diagnose %d MiB (%.0f s), service %d MiB (%.0f s)%n",
                dir,
                Files.size(cache.cli()) >> 20,
                (cli - started) / 1e9,
                Files.size(cache.service()) >> 20,
                (System.nanoTime() - cli) / 1e9);
    }

    /** The service on a free loopback port and a throwaway database, asked one question, then stopped (SIGTERM). */
    private void trainService() throws Exception {
        // Recorded, then created: a JVM stopped by a signal does not stay to assemble a cache itself.
        Path configuration = dir.resolve(cache.service().getFileName() + "conf");
        Process service = start(List.of(
                "-XX:AOTMode=record",
                "-XX:AOTConfiguration=" + configuration,
                CachedLaunch.NATIVE_ACCESS,
                "-D" + CachedLaunch.CHILD + "=training",
                "-jar",
                cache.jar().toString(),
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--triage.data-dir="));
        try {
            CompletableFuture<String> ready = new CompletableFuture<>();
            Thread.ofPlatform().daemon().start(() -> copyToLog(service, ready));
            String base = ready.get(STEP.toMinutes(), TimeUnit.MINUTES);
            investigate(base);
        } finally {
            service.destroy();
            if (!service.waitFor(STEP.toMinutes(), TimeUnit.MINUTES)) {
                service.destroyForcibly();
            }
        }
        if (!Files.isRegularFile(configuration)) {
            throw new IllegalStateException("the service's training run recorded nothing; its log: " + log);
        }
        run(List.of(
                "-XX:AOTMode=create",
                "-XX:AOTConfiguration=" + configuration,
                "-XX:AOTCache=" + cache.service(),
                CachedLaunch.NATIVE_ACCESS,
                "-D" + CachedLaunch.CHILD + "=training",
                "-jar",
                cache.jar().toString()));
        Files.delete(configuration);
    }

    private void investigate(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> asked = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/investigations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"diagnose unhealthy pods\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(asked.body());
        if (asked.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("the service refused the training question: " + asked.body());
        }
        Instant deadline = Instant.now().plus(STEP);
        while (Instant.now().isBefore(deadline)) {
            String report = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/investigations/" + id.group(1)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher status = STATUS.matcher(report);
            if (status.find()
                    && (status.group(1).equals("COMPLETED") || status.group(1).equals("FAILED"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the training investigation did not finish in " + STEP);
    }

    private void copyToLog(Process service, CompletableFuture<String> ready) {
        try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(
                        Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(line);
                Matcher matcher = READY.matcher(line);
                if (matcher.find()) {
                    ready.complete(matcher.group(1));
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("the service stopped before it was ready; see " + log));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private Process start(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private void run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(STEP.toMinutes(), TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out after " + STEP + ": " + command + "; its log: " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + command + "; its log: " + log);
        }
    }
}
