package dev.triage.orchestrator.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the build writes beside {@code NAME.jar} in {@code NAME-aot/}: {@code NAME.jar} and {@code lib/} (the jar
 * extracted), {@code NAME.aot} (the cache, from a training run of {@code diagnose}) and {@code NAME.stamp} (the size
 * and modification time of the jar it was made from: a cache of another build is not used, its classes could differ).
 */
record AotCache(Path jar, Path cache) {

    static Optional<AotCache> beside(Path sourceJar) {
        String name = sourceJar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path dir = sourceJar.resolveSibling(name + "-aot");
        AotCache cache = new AotCache(dir.resolve(name + ".jar"), dir.resolve(name + ".aot"));
        try {
            boolean current = Files.isRegularFile(cache.jar())
                    && Files.isRegularFile(cache.cache())
                    && Files.readString(dir.resolve(name + ".stamp")).strip().equals(stamp(sourceJar));
            return current ? Optional.of(cache) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The stamp of a jar, as the build writes it: {@code SIZE MTIME_MILLIS}. */
    static String stamp(Path jar) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }
}
