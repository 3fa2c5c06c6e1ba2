package dev.triage.orchestrator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that dies without stopping its embedded PostgreSQL (kill -9) leaves the server running and its files
 * behind; the next start stops that server and removes the files, and touches nothing it did not make.
 */
class StaleEmbeddedPostgresTest {

    @TempDir
    Path scratch;

    /** What a killed process left: its server's home and postmaster pid. */
    record Left(Path home, long postmaster) {}

    @Test
    void serverLeftRunningInATemporaryHomeIsStoppedAndItsHomeRemovedAtTheNextStart() throws Exception {
        Left left = abandon();
        assertThat(ProcessHandle.of(left.postmaster()))
                .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start()) {
            assertThat(ProcessHandle.of(left.postmaster()).filter(ProcessHandle::isAlive))
                    .isEmpty();
            assertThat(left.home()).doesNotExist();
            assertThat(next.home()).isNotEqualTo(left.home()).exists();
        }
    }

    @Test
    void serverLeftRunningInAPersistentHomeIsStoppedAndItsDataServedAgain() throws Exception {
        Path home = scratch.resolve("data");
        Left left = abandon(home.toString());

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(home)) {
            assertThat(ProcessHandle.of(left.postmaster()).filter(ProcessHandle::isAlive))
                    .isEmpty();
            assertThat(next.home()).isEqualTo(home.toAbsolutePath());
            assertThat(home.resolve(EmbeddedPostgresServer.DATA).resolve("PG_VERSION"))
                    .exists();
        }
        assertThat(home.resolve(EmbeddedPostgresServer.DATA)).exists();
    }

    @Test
    void persistentHomeInUseByALiveProcessIsRefusedNamingIt() throws Exception {
        Path home = scratch.resolve("shared");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(home)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(home))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(home.toString())
                    .hasMessageContaining("in use by this process");
            assertThat(StalePostmaster.find(home.resolve(EmbeddedPostgresServer.DATA)))
                    .isPresent();
        }
    }

    @Test
    void postmasterPidFileNamingAnotherDirectoryOrAProcessThatIsNotPostgresIsLeftAlone() throws Exception {
        Path data = Files.createDirectories(scratch.resolve("pgdata"));
        long self = ProcessHandle.current().pid();

        Files.writeString(data.resolve("postmaster.pid"), self + "\n" + scratch.resolve("elsewhere") + "\n");
        assertThat(StalePostmaster.stop(data)).isFalse();
        Files.writeString(data.resolve("postmaster.pid"), self + "\n" + data + "\n");
        assertThat(StalePostmaster.stop(data)).isFalse();
        Files.writeString(data.resolve("postmaster.pid"), "not a pid\n" + data + "\n");
        assertThat(StalePostmaster.stop(data)).isFalse();

        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    private static Left abandon(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                AbandonedPostgres.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // A bound so that a broken child cannot hang the build; it exits as soon as its server is up.
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String[] line = output.lines().reduce((a, b) -> b).orElseThrow().split(" ");
        return new Left(Path.of(line[0]), Long.parseLong(line[1]));
    }
}
