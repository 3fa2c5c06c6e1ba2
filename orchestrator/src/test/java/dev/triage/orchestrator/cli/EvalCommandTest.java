package dev.triage.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval} as a user runs it: the table, the pass rate, and the exit code the threshold decides. */
class EvalCommandTest {

    private static final Path OOM_SCENARIO = Path.of("../runbooks/eval/oom-killed");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void aFailingScenarioFailsTheRunUnlessThePassRateThresholdAllowsIt() throws Exception {
        copy(OOM_SCENARIO, dir.resolve("cart-oom"));
        copy(OOM_SCENARIO, dir.resolve("wrong-guess"));
        Files.writeString(
                dir.resolve("wrong-guess/expect.yaml"), "findings:\n  - {category: IMAGE_PULL, name: cart}\n");

        int strict = run("eval", dir.toString(), "--reports", dir.resolve("out").toString());

        assertThat(strict).as(stderr.toString()).isEqualTo(1);
        assertThat(stdout.toString())
                .containsPattern("cart-oom +PASS +[0-9.]+s +0 +rules")
                .containsPattern("wrong-guess +FAIL .*no finding IMAGE_PULL \\*/cart; nearest: oom_killed/")
                .contains("Pass rate: 1/2 (50.0%) on tier rules");
        assertThat(dir.resolve("out/cart-oom.json")).content().contains("\"oom_killed/Deployment/shop/cart\"");

        stdout.reset();
        int lenient = run("eval", dir.toString(), "--scenario", "wrong-guess", "--min-pass-rate", "0");

        assertThat(lenient).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).contains("Pass rate: 0/1 (0.0%) on tier rules");
    }

    @Test
    void badUsageExitsTwoWithOneLineSayingWhatToChange() throws Exception {
        assertThat(run("eval", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(stderr.toString()).contains("eval: " + dir.resolve("missing") + " is not a directory");

        copy(OOM_SCENARIO, dir.resolve("cart-oom"));
        assertThat(run("eval", dir.toString(), "--scenario", "nope")).isEqualTo(2);
        assertThat(stderr.toString()).contains("no scenario [nope]");
        assertThat(run("eval", dir.toString(), "--tier", "vllm")).isEqualTo(2);
        assertThat(stderr.toString()).contains("this tier needs --vllm-url");
        assertThat(run("eval", dir.toString(), "--min-pass-rate", "120")).isEqualTo(2);
        assertThat(stdout.toString()).isEmpty();
    }

    /** Captures what the command prints through picocli's writers; logs (on System.err, from any thread) stay out. */
    private int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        try {
            return new CommandLine(new TriageCommand()).setOut(out).setErr(err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
