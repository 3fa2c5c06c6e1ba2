package dev.triage.orchestrator.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.snapshot.SnapshotException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stack's servers start together on a cluster that loads meanwhile; a one-shot run's servers are unmanaged. */
class EmbeddedStackTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theServiceStacksServersHaveHealthAndAOneShotStacksDoNot() throws Exception {
        try (EmbeddedStack service = EmbeddedStack.start(Optional.empty());
                EmbeddedStack oneShot = EmbeddedStack.withoutLedger(Optional.empty())) {
            assertThat(service.servers().keySet()).containsExactly("eks", "runbook", "cloudwatch");
            assertThat(oneShot.servers().keySet()).containsExactly("eks", "runbook", "cloudwatch");
            for (String server : List.of("eks", "runbook", "cloudwatch")) {
                assertThat(get(health(service.url(server)))).as(server).isEqualTo(200);
                assertThat(get(health(oneShot.url(server)))).as(server).isEqualTo(404);
            }
        }
    }

    @Test
    void aSnapshotWhoseObjectsDoNotLoadFailsTheStartWithTheFileAndWhy(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("snapshot.yaml"), "cluster: broken\ncapturedAt: 2026-11-20T10:00:00Z\n");
        Files.writeString(dir.resolve("pods.yaml"), "kind: Pod\napiVersion: v1\nmetadata: {name: [unclosed\n");

        assertThatThrownBy(() -> EmbeddedStack.withoutLedger(Optional.of(dir)))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("pods.yaml")
                .hasMessageContaining("not valid YAML/JSON");
    }

    @Test
    void aDirectoryThatIsNoSnapshotFailsAtOnce(@TempDir Path dir) {
        assertThatThrownBy(() -> EmbeddedStack.withoutLedger(Optional.of(dir)))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("snapshot.yaml: missing");
    }

    private static URI health(URI mcp) {
        return mcp.resolve("/actuator/health");
    }

    private int get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
