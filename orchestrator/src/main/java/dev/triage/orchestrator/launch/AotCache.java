package dev.triage.orchestrator.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the build writes beside {@code NAME.jar} in {@code NAME-aot/}: {@code NAME.jar} and {@code lib/} (the jar
 * extracted); {@code NAME-cli.aot}, trained on {@code diagnose}, and {@code NAME-service.aot}, trained on the service
 * answering one investigation; and {@code NAME.stamp}, the size and modification time of the jar they were made from
 * (a cache of another build is not used: its classes could differ).
 */
record AotCache(Path jar, Path cli, Path service) {

    static AotCache in(Path dir, String name) {
        return new AotCache(
                dir.resolve(name + ".jar"), dir.resolve(name + "-cli.aot"), dir.resolve(name + "-service.aot"));
    }

    static Path dir(Path sourceJar) {
        return sourceJar.resolveSibling(name(sourceJar) + "-aot");
    }

    static String name(Path sourceJar) {
        return sourceJar.getFileName().toString().replaceFirst("\\.jar$", "");
    }

    static Path stampFile(Path sourceJar) {
        return dir(sourceJar).resolve(name(sourceJar) + ".stamp");
    }

    static Optional<AotCache> beside(Path sourceJar) {
        AotCache cache = in(dir(sourceJar), name(sourceJar));
        try {
            boolean current = Files.isRegularFile(cache.jar())
                    && Files.readString(stampFile(sourceJar)).strip().equals(stamp(sourceJar));
            return current ? Optional.of(cache) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The cache for a one-shot command or for the service, if the build made it. */
    Optional<Path> file(boolean oneShot) {
        Path file = oneShot ? cli : service;
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The stamp of a jar, as the build writes it: {@code SIZE MTIME_MILLIS}. */
    static String stamp(Path jar) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }
}
