package dev.triage.bench.startup;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bundled demo snapshot, copied once into the benchmark's work directory for the standalone MCP server. */
public final class DemoSnapshot {

    private DemoSnapshot() {}

    public static synchronized Path in(Path work) {
        Path copy = work.resolve("demo-snapshot");
        if (Files.isDirectory(copy)) {
            return copy;
        }
        Path demo = BundledSnapshots.demo();
        try (Stream<Path> files = Files.walk(demo)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(demo.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }
}
