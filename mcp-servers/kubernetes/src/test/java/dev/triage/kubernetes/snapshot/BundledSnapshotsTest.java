package dev.triage.kubernetes.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.hosting.process.OwnedDirectories;
import dev.triage.mcp.hosting.process.ProcessOwner;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSnapshotsTest {

    @Test
    void usesASnapshotOnADirectoryClasspathInPlace() throws Exception {
        Path expected = Path.of(
                getClass().getClassLoader().getResource("snapshots/small").toURI());

        assertThat(BundledSnapshots.fromClasspath("snapshots/small")).isEqualTo(expected);
    }

    @Test
    void extractsASnapshotFromAJarWithItsSubdirectories(@TempDir Path dir) throws IOException {
        Path jar = jar(
                dir.resolve("snapshots.jar"),
                Map.of(
                        "snapshots/x/snapshot.yaml", "cluster: jarred\ncapturedAt: 2026-11-21T10:00:00Z\n",
                        "snapshots/x/cluster/ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n",
                        "snapshots/x/logs/a/p/c.log", "hello\n",
                        "snapshots/other/snapshot.yaml", "cluster: other\n"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Path extracted = BundledSnapshots.locate(loader, "snapshots/x");

            Snapshot snapshot = SnapshotLoader.load(extracted);
            assertThat(snapshot.cluster()).isEqualTo("jarred");
            assertThat(snapshot.objects()).hasSize(1);
            assertThat(snapshot.log("a", "p", "c", false)).isPresent();
            assertThat(extracted.resolve("snapshot.yaml")).content().doesNotContain("other");
            assertThat(OwnedDirectories.owner(extracted)).hasValue(ProcessOwner.current());
        }
    }

    @Test
    void snapshotExtractedByAProcessThatIsGoneIsRemovedAndOneInUseIsKept() throws Exception {
        Path abandoned = OwnedDirectories.createTemporary("triage-snapshot-");
        Files.writeString(abandoned.resolve("snapshot.yaml"), "cluster: left-behind\n");
        Process gone = new ProcessBuilder("true").start();
        Files.writeString(abandoned.resolve(OwnedDirectories.OWNER_FILE), gone.pid() + " -");
        gone.waitFor();
        Path inUse = OwnedDirectories.createTemporary("triage-snapshot-");

        try {
            BundledSnapshots.removeAbandoned();

            assertThat(abandoned).doesNotExist();
            assertThat(inUse).exists();
        } finally {
            OwnedDirectories.deleteTree(inUse);
        }
    }

    @Test
    void locatesEachSnapshotOncePerJvm() {
        assertThat(BundledSnapshots.fromClasspath("snapshots/small"))
                .isSameAs(BundledSnapshots.fromClasspath("snapshots/small"));
    }

    @Test
    void namesTheMissingResource() {
        assertThatThrownBy(() -> BundledSnapshots.fromClasspath("snapshots/absent"))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("snapshots/absent/snapshot.yaml");
    }

    private static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }
}
