package dev.triage.orchestrator.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.orchestrator.eval.Verdict.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreboardTest {

    @TempDir
    Path dir;

    @Test
    void theTableHasARowPerScenarioTheFailuresInFullAndThePassRateOverWhatCounts() {
        Scoreboard board = new Scoreboard(List.of(
                new Verdict("oom-killed", Result.PASS, List.of(), 1234, 0, "rules"),
                new Verdict(
                        "chain",
                        Result.FAIL,
                        List.of("no finding OOM_KILLED */redis", "2 root causes"),
                        800,
                        950,
                        "vllm+rules"),
                new Verdict("unschedulable", Result.PENDING, List.of("pending: item 3"), 500, 0, "rules")));

        String table = board.render("vllm");

        assertThat(table.lines().toList().subList(0, 4))
                .containsExactly(
                        "SCENARIO       RESULT   TIME  TOKENS  TIER        WHY",
                        "oom-killed     PASS     1.2s  0       rules",
                        "chain          FAIL     0.8s  950     vllm+rules  no finding OOM_KILLED */redis (+1 more)",
                        "unschedulable  PENDING  0.5s  0       rules       pending: item 3");
        assertThat(table).contains("chain FAIL:\n  - no finding OOM_KILLED */redis\n  - 2 root causes\n");
        assertThat(table).contains("Pass rate: 1/2 (50.0%) on tier vllm; 1 pending, not counted");
        assertThat(board.passRate()).isEqualTo(50.0);
        assertThat(board.anyError()).isFalse();
    }

    @Test
    void anErrorCountsAsNotPassed() {
        Scoreboard board = new Scoreboard(List.of(
                new Verdict("a", Result.PASS, List.of(), 1, 0, "rules"), Verdict.error("b", "b/expect.yaml: empty")));

        assertThat(board.passRate()).isEqualTo(50.0);
        assertThat(board.anyError()).isTrue();
    }

    @Test
    void aDirectoryIsOneScenarioWhenItHasAnExpectationOtherwiseEachSubdirectoryThatHasOne() throws Exception {
        Files.createDirectories(dir.resolve("b/snapshot"));
        Files.writeString(dir.resolve("b/expect.yaml"), "{}");
        Files.createDirectories(dir.resolve("a/snapshot"));
        Files.writeString(dir.resolve("a/expect.yaml"), "{}");
        Files.createDirectories(dir.resolve("fixtures"));

        assertThat(Scenario.in(dir)).extracting(Scenario::name).containsExactly("a", "b");
        assertThat(Scenario.in(dir.resolve("a"))).extracting(Scenario::name).containsExactly("a");
        assertThatThrownBy(() -> Scenario.in(dir.resolve("fixtures"))).hasMessageContaining("holds no scenario");
        assertThatThrownBy(() -> Scenario.in(dir.resolve("nope"))).hasMessageContaining("is not a directory");
    }
}
