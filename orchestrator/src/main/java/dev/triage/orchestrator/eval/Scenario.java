package dev.triage.orchestrator.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One evaluation scenario: a directory holding {@code expect.yaml} and the cluster snapshot under {@code snapshot/}.
 *
 * @param name the directory's name
 * @param dir the scenario's directory
 */
public record Scenario(String name, Path dir) {

    static final String SNAPSHOT = "snapshot";

    public Path expectationFile() {
        return dir.resolve(Expectation.FILE);
    }

    public Path snapshot() {
        return dir.resolve(SNAPSHOT);
    }

    /**
     * The scenarios in {@code dir}: {@code dir} itself when it holds an {@code expect.yaml}, otherwise each of its
     * subdirectories that does, by name. Subdirectories without one are not scenarios (a shared {@code fixtures/}).
     */
    public static List<Scenario> in(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory");
        }
        Path root = dir.toAbsolutePath().normalize();
        if (Files.isRegularFile(root.resolve(Expectation.FILE))) {
            return List.of(new Scenario(root.getFileName().toString(), root));
        }
        try (Stream<Path> children = Files.list(root)) {
            List<Scenario> scenarios = children.filter(Files::isDirectory)
                    .filter(child -> Files.isRegularFile(child.resolve(Expectation.FILE)))
                    .sorted()
                    .map(child -> new Scenario(child.getFileName().toString(), child))
                    .toList();
            if (scenarios.isEmpty()) {
                throw new IllegalArgumentException(
                        dir + " holds no scenario (a directory with " + Expectation.FILE + " and " + SNAPSHOT + "/)");
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
