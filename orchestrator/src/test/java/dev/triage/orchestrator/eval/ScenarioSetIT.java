package dev.triage.orchestrator.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own scenario set ({@code runbooks/eval}) on the rules tier, run as a user runs it: the packaged jar's
 * {@code eval} command. Any failing scenario fails the build, with the command's table as the message.
 */
class ScenarioSetIT {

    private static final Path JAR = Path.of(System.getProperty("triage.it.jar", "target/triage.jar"));
    private static final Path SCENARIOS = Path.of(System.getProperty("triage.it.scenarios", "../runbooks/eval"));

    @TempDir
    Path work;

    @Test
    void everyScenarioOfTheProjectsSetPassesOnTheRulesTier() throws Exception {
        Path out = work.resolve("table.txt");
        Process eval = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR.toString(),
                        "eval",
                        SCENARIOS.toString(),
                        "--reports",
                        work.resolve("reports").toString()))
                .redirectOutput(out.toFile())
                .redirectError(work.resolve("stderr.txt").toFile())
                .start();
        boolean finished = eval.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            eval.destroyForcibly();
        }
        String table = Files.readString(out);

        assertThat(finished).as("eval finished within 20 minutes").isTrue();
        assertThat(eval.exitValue())
                .as("eval's exit code; its output:%n%s%nstderr:%n%s", table, tail(work.resolve("stderr.txt")))
                .isZero();
        assertThat(table).contains("Pass rate:").doesNotContain(" FAIL ").doesNotContain(" ERROR ");
    }

    private static String tail(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
