package dev.triage.mcp.runbook.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.testing.TestSnapshots;
import dev.triage.mcp.runbook.RunbookMcpServerApplication;
import dev.triage.mcp.runbook.catalog.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** triage.runbooks.dir replaces the packaged library; a broken file there stops the server from starting. */
class RunbooksDirTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryLaidOutLikeTheRepositoryLoads() throws IOException {
        write(LibraryFiles.fromClasspath());

        RunbookLibrary library = RunbookLibrary.load(LibraryFiles.fromDirectory(dir));

        assertThat(library.catalog().ids()).contains("cordon-node");
        assertThat(library.catalog().guides()).isNotEmpty();
    }

    @Test
    void aBrokenRunbookStopsStartUpNamingTheFileAndTheField() throws IOException {
        write(LibraryFiles.fromClasspath());
        Path scale = dir.resolve("catalog/scale-deployment.yaml");
        Files.writeString(scale, Files.readString(scale).replace("risk: low", "risk: tiny"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(RunbookMcpServerApplication.class)
                        .run(
                                "--server.port=0",
                                "--server.address=127.0.0.1",
                                "--triage.runbooks.dir=" + dir,
                                "--triage.snapshot=" + TestSnapshots.dir("remediation")))
                .rootCause()
                .hasMessageContaining("catalog/scale-deployment.yaml: risk: must be low, medium or high, got tiny");
    }

    @Test
    void aDirectoryWithoutPoliciesIsRefused() {
        assertThatThrownBy(() -> LibraryFiles.fromDirectory(dir)).hasMessageContaining("policies.yaml: missing");
    }

    private void write(LibraryFiles files) throws IOException {
        List<SourceFile> all = new ArrayList<>(files.runbooks());
        all.addAll(files.guides());
        all.add(files.policies());
        for (SourceFile file : all) {
            Path target = dir.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content());
        }
    }
}
