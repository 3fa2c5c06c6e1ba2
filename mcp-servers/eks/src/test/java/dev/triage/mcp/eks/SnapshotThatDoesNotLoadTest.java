package dev.triage.mcp.eks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.snapshot.SnapshotException;
import dev.triage.mcp.hosting.McpServerDefaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The snapshot loads while the server starts; one that does not load still fails the start, saying why. */
class SnapshotThatDoesNotLoadTest {

    @Test
    void failsTheStartWithTheFileAndWhy(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("snapshot.yaml"), "cluster: c\ncapturedAt: 2026-11-21T10:00:00Z\n");
        Path bad = Files.writeString(dir.resolve("pods.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: [x\n");

        assertThatThrownBy(() -> new SpringApplicationBuilder(EksMcpServerApplication.class)
                        .properties(McpServerDefaults.PROPERTIES)
                        .run("--server.address=127.0.0.1", "--server.port=0", "--triage.snapshot=" + dir))
                .satisfies(failure -> assertThat(snapshotFailure(failure))
                        .hasMessageContaining(bad.toString())
                        .hasMessageContaining("not valid YAML"));
    }

    private static Throwable snapshotFailure(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof SnapshotException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
