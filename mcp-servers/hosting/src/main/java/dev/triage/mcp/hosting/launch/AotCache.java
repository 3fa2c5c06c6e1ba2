package dev.triage.mcp.hosting.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the build writes beside {@code NAME.jar} in {@code NAME-aot/}: {@code NAME.jar} and {@code lib/} (the jar
 * extracted); one {@code NAME-PROFILE.aot} per {@link AotProfile} it was trained for; and {@code NAME.stamp}, the
 * size and modification time of the jar they were made from (a cache of another build is not used: its classes
 * could differ).
 */
record AotCache(Path dir, String name) {

    static AotCache of(Path sourceJar) {
        String name = sourceJar.getFileName().toString().replaceFirst("\\.jar$", "");
        return new AotCache(sourceJar.resolveSibling(name + "-aot"), name);
    }

    /** The cache beside {@code sourceJar}, if it was made from this very jar. */
    static Optional<AotCache> beside(Path sourceJar) {
        AotCache cache = of(sourceJar);
        try {
            boolean current = Files.isRegularFile(cache.jar())
                    && Files.readString(cache.stampFile()).strip().equals(stamp(sourceJar));
            return current ? Optional.of(cache) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The extracted jar, which the cached runs are started from. */
    Path jar() {
        return dir.resolve(name + ".jar");
    }

    Path stampFile() {
        return dir.resolve(name + ".stamp");
    }

    /** Where the cache of {@code profile} is written. */
    Path path(AotProfile profile) {
        return dir.resolve(name + "-" + profile.name() + ".aot");
    }

    /** The cache of {@code profile}, if the build made it. */
    Optional<Path> file(AotProfile profile) {
        Path file = path(profile);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The stamp of a jar, as the build writes it: {@code SIZE MTIME_MILLIS}. */
    static String stamp(Path jar) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }
}
