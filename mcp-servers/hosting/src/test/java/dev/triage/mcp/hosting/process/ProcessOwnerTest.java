package dev.triage.mcp.hosting.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcessOwnerTest {

    @Test
    void thisProcessIsAliveAndSurvivesItsLine() {
        ProcessOwner self = ProcessOwner.current();

        assertThat(self.isAlive()).isTrue();
        assertThat(ProcessOwner.parse(self.toLine())).hasValue(self);
    }

    @Test
    void processThatEndedIsNotAlive() throws Exception {
        assertThat(OwnedDirectoriesTest.Owners.gone().isAlive()).isFalse();
    }

    @Test
    void laterProcessGivenTheSamePidIsNotTheOwner() {
        assertThat(OwnedDirectoriesTest.Owners.samePidStartedEarlier().isAlive())
                .isFalse();
    }

    @Test
    void ownerWithoutAStartTimeIsJudgedByItsPid() {
        ProcessOwner self = new ProcessOwner(ProcessHandle.current().pid(), null);

        assertThat(self.isAlive()).isTrue();
        assertThat(ProcessOwner.parse(self.toLine())).hasValue(self);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "x 2026-01-01T00:00:00Z", "12 yesterday", "1 2 3"})
    void lineThatIsNotAnOwnerParsesToNothing(String line) {
        assertThat(ProcessOwner.parse(line)).isEmpty();
    }

    @Test
    void lineWithAStartTimeParses() {
        assertThat(ProcessOwner.parse("42 2026-11-21T09:42:00Z\n"))
                .hasValue(new ProcessOwner(42, Instant.parse("2026-11-21T09:42:00Z")));
    }
}
