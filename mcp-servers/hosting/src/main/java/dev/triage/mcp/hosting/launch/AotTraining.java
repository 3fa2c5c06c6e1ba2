package dev.triage.mcp.hosting.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build's side of {@link CachedLaunch}, run after a jar is packaged: {@link #extract} unpacks it into
 * {@code NAME-aot/} (Spring Boot's {@code jarmode=tools extract}), each {@code train...} makes one profile's Java AOT
 * cache there (JEP 483/514/515: the classes a run loads and links, and its methods' profiles) from a training run,
 * and {@link #finish} stamps them with the jar they came from. Until then no launcher uses them. A failed step fails
 * the build: a jar that cannot do its training run is broken. Every run's output goes to
 * {@code NAME-aot-training.log} beside the jar.
 */
public final class AotTraining {

    private static final Duration STEP = Duration.ofMinutes(15);

    private final Path sourceJar;
    private final AotCache cache;
    private final Path log;
    private final List<String> trained = new ArrayList<>();

    private AotTraining(Path sourceJar) {
        this.sourceJar = sourceJar;
        this.cache = AotCache.of(sourceJar);
        this.log = sourceJar.resolveSibling(cache.name() + "-aot-training.log");
    }

    /** What a server's training run does once it is up: {@code ready} matched its ready line. */
    @FunctionalInterface
    public interface Workload {
        void run(Matcher ready) throws Exception;
    }

    /** Removes the previous caches and stamp, then extracts {@code jar} beside itself. */
    public static AotTraining extract(Path jar) throws IOException, InterruptedException {
        AotTraining training = new AotTraining(jar.toAbsolutePath());
        Files.deleteIfExists(training.log);
        deleteTree(training.cache.dir()); // a dependency dropped since the last build leaves no jar behind
        training.run(List.of(
                "-Djarmode=tools",
                "-jar",
                training.sourceJar.toString(),
                "extract",
                "--destination",
                training.cache.dir().toString(),
                "--force"));
        return training;
    }

    /** Trains {@code profile} on a run of the extracted jar with {@code args} that ends by itself, with exit 0. */
    public void trainToExit(AotProfile profile, List<String> args) throws IOException, InterruptedException {
        long started = System.nanoTime();
        run(command(List.of("-XX:AOTCacheOutput=" + cache.path(profile)), profile, args));
        done(profile, started);
    }

    /**
     * Trains {@code profile} on a server: started with {@code args}, given {@code workload} once a line of its output
     * matches {@code ready}, then stopped with SIGTERM as a pod would be. The run only records what it did (a JVM
     * stopped by a signal does not stay to assemble a cache itself); a second JVM makes the cache from that.
     */
    public void trainServer(AotProfile profile, List<String> args, Pattern ready, Workload workload) throws Exception {
        long started = System.nanoTime();
        Path configuration = cache.dir().resolve(cache.path(profile).getFileName() + "conf");
        Process server =
                start(command(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration), profile, args));
        try {
            CompletableFuture<Matcher> up = new CompletableFuture<>();
            Thread.ofPlatform().daemon().start(() -> copyToLog(server, ready, up));
            workload.run(up.get(STEP.toMinutes(), TimeUnit.MINUTES));
        } finally {
            server.destroy();
            if (!server.waitFor(STEP.toMinutes(), TimeUnit.MINUTES)) {
                server.destroyForcibly();
            }
        }
        if (!Files.isRegularFile(configuration)) {
            throw new IllegalStateException("the " + profile.name() + " training run recorded nothing; see " + log);
        }
        run(command(
                List.of(
                        "-XX:AOTMode=create",
                        "-XX:AOTConfiguration=" + configuration,
                        "-XX:AOTCache=" + cache.path(profile)),
                profile,
                List.of()));
        Files.delete(configuration);
        done(profile, started);
    }

    /** Stamps the caches with the jar they came from: from now on {@code java -jar} runs on them. */
    public void finish() throws IOException {
        Files.writeString(cache.stampFile(), AotCache.stamp(sourceJar) + "\n");
        System.out.printf("AOT caches in %s: %s%n", cache.dir(), String.join(", ", trained));
    }

    private void done(AotProfile profile, long started) throws IOException {
        trained.add(String.format(
                "%s %d MiB (%.0f s)",
                profile.name(), Files.size(cache.path(profile)) >> 20, (System.nanoTime() - started) / 1e9));
    }

    /** The training JVM: the flags the launcher gives this profile's runs, on the extracted jar. */
    private List<String> command(List<String> aotFlags, AotProfile profile, List<String> args) {
        List<String> command = new ArrayList<>(aotFlags);
        command.add(CachedLaunch.NATIVE_ACCESS);
        command.add("-D" + CachedLaunch.CHILD + "=training");
        command.addAll(profile.jvmFlags());
        command.add("-jar");
        command.add(cache.jar().toString());
        command.addAll(args);
        return command;
    }

    private void copyToLog(Process server, Pattern ready, CompletableFuture<Matcher> up) {
        try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(
                        Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(line);
                Matcher matcher = ready.matcher(line);
                if (matcher.find()) {
                    up.complete(matcher);
                }
            }
        } catch (IOException e) {
            up.completeExceptionally(e);
        }
        up.completeExceptionally(new IllegalStateException("the server stopped before it was ready; see " + log));
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

    private static List<String> java(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        return command;
    }

    private Process start(List<String> arguments) throws IOException {
        return new ProcessBuilder(java(arguments)).redirectErrorStream(true).start();
    }

    private void run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = java(arguments);
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
