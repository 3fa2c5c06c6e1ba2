package dev.triage.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where things are: the k8s/ folder, its overlays, the repository root (for the runbook catalog). */
final class Layout {

    static final Path K8S =
            Path.of(System.getProperty("triage.k8s.dir", ".")).toAbsolutePath().normalize();
    static final Path ROOT = Path.of(System.getProperty("triage.root.dir", ".."))
            .toAbsolutePath()
            .normalize();

    private Layout() {}

    /** The base and every overlay under k8s/overlays: a new overlay is checked without touching the tests. */
    static List<Rendered> everyKustomization() {
        List<Rendered> rendered = new ArrayList<>();
        rendered.add(Rendered.of(K8S.resolve("base")));
        overlays().forEach(dir -> rendered.add(Rendered.of(dir)));
        return rendered;
    }

    static List<Rendered> overlaysRendered() {
        return overlays().stream().map(Rendered::of).toList();
    }

    static Rendered eks() {
        return Rendered.of(K8S.resolve("overlays/eks"));
    }

    static List<Path> overlays() {
        try (Stream<Path> dirs = Files.list(K8S.resolve("overlays"))) {
            List<Path> found = dirs.filter(Kustomize::isKustomization).sorted().toList();
            if (found.isEmpty()) {
                throw new AssertionError("no overlay under " + K8S.resolve("overlays"));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
