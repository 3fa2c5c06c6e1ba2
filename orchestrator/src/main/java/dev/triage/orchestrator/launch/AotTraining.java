package dev.triage.orchestrator.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Run by the build after the jar is packaged: extracts it into {@code NAME-aot/} (Spring Boot's {@code jarmode=tools
 * extract}), runs {@code diagnose} on the bundled demo there once with {@code -XX:AOTCacheOutput} (JEP 483/514/515:
 * the classes it loads and links, and the methods' profiles) and stamps the result with the jar it came from, for
 * {@link CachedLaunch}. A failed step fails the build: a demo that cannot diagnose is broken anyway.
 *
 * <p>Usage: {@code java -cp target/classes dev.triage.orchestrator.launch.AotTraining target/triage.jar}
 */
public final class AotTraining {

    private static final long STEP_MINUTES = 15;

    private AotTraining() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path dir = jar.resolveSibling(name + "-aot");
        Path cache = dir.resolve(name + ".aot");
        Path stamp = dir.resolve(name + ".stamp");
        Path log = jar.resolveSibling(name + "-aot-training.log");
        Files.deleteIfExists(stamp);
        Files.deleteIfExists(cache);
        Files.deleteIfExists(log);
        deleteTree(dir); // a dependency dropped since the last build leaves no jar behind
        run(
                log,
                List.of(
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--destination",
                        dir.toString(),
                        "--force"));
        long started = System.nanoTime();
        // The flags CachedLaunch gives a one-shot command, so the cache is made for what it mostly serves.
        run(
                log,
                List.of(
                        "-XX:AOTCacheOutput=" + cache,
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        CachedLaunch.NATIVE_ACCESS,
                        "-D" + CachedLaunch.CHILD + "=training",
                        "-Dtriage.aot=off",
                        "-jar",
                        dir.resolve(name + ".jar").toString(),
                        "diagnose",
                        "--format",
                        "json"));
        Files.writeString(stamp, AotCache.stamp(jar) + "\n");
        System.out.printf(
                "AOT cache %s (%d MiB) trained in %.1f s%n",
                cache, Files.size(cache) >> 20, (System.nanoTime() - started) / 1e9);
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

    private static void run(Path log, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(STEP_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "timed out after " + STEP_MINUTES + " minutes: " + command + "; its log: " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + command + "; its log: " + log);
        }
    }
}
