package dev.triage.orchestrator.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.triage.agents.routing.BedrockSettings;
import dev.triage.agents.routing.PolicyRule;
import dev.triage.agents.routing.RoutingSettings;
import dev.triage.agents.routing.Tier;
import dev.triage.agents.routing.VllmSettings;
import dev.triage.orchestrator.eval.Evaluation;
import dev.triage.orchestrator.eval.Scenario;
import dev.triage.orchestrator.eval.Scoreboard;
import dev.triage.orchestrator.eval.Verdict;
import dev.triage.orchestrator.store.ScratchDatabase;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs every scenario of a directory (snapshot + expectation, format in {@code runbooks/eval/README.md}) on the same
 * in-process stack as {@code diagnose}, prints a table and the pass rate. Exit code 0 when the pass rate reaches
 * {@code --min-pass-rate} and no scenario errored, 1 otherwise, 2 for bad usage.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Run evaluation scenarios (a snapshot and its expect.yaml each) and print a pass/fail table "
                + "with the pass rate. Exit 0 when the pass rate reaches --min-pass-rate and nothing errored.")
final class EvalCommand implements Callable<Integer> {

    /** Output goes to picocli's writers, not System.out/err: logs (stderr) never interleave with what a test reads. */
    @Spec
    CommandSpec spec;

    static final String VLLM_API_KEY_ENV = "TRIAGE_VLLM_API_KEY";

    enum TierName {
        rules,
        vllm,
        bedrock
    }

    @Parameters(index = "0", paramLabel = "DIR", description = "a scenario directory, or a directory of them")
    Path dir;

    @Option(
            names = "--tier",
            defaultValue = "rules",
            description = "rules, vllm or bedrock (default: ${DEFAULT-VALUE})")
    TierName tier;

    @Option(
            names = "--min-pass-rate",
            defaultValue = "100",
            paramLabel = "PERCENT",
            description = "lowest pass rate that exits 0 (default: ${DEFAULT-VALUE})")
    double minPassRate;

    @Option(names = "--scenario", paramLabel = "NAME", description = "run only these scenarios (repeatable)")
    List<String> only = new ArrayList<>();

    @Option(names = "--reports", paramLabel = "OUT", description = "write each scenario's report to OUT/NAME.json")
    Path reports;

    @Option(names = "--verbose", description = "keep the stack's INFO logs on stderr")
    boolean verbose;

    @Option(names = "--vllm-url", paramLabel = "URL", description = "vLLM's OpenAI-compatible API root, /v1 included")
    URI vllmUrl;

    @Option(names = "--vllm-model", paramLabel = "NAME", description = "the served model name")
    String vllmModel;

    @Option(names = "--bedrock-region", paramLabel = "REGION", description = "default: $AWS_REGION")
    String bedrockRegion;

    @Option(names = "--bedrock-model", paramLabel = "ID", description = "a Bedrock model id or inference profile")
    String bedrockModel;

    @Option(names = "--bedrock-endpoint", paramLabel = "URL", description = "a VPC endpoint (default: the public one)")
    URI bedrockEndpoint;

    @Option(
            names = "--model-timeout",
            defaultValue = "PT60S",
            paramLabel = "DURATION",
            description = "per model call, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration modelTimeout;

    @Override
    public Integer call() {
        if (minPassRate < 0 || minPassRate > 100) {
            return usage("--min-pass-rate must be between 0 and 100, was " + minPassRate);
        }
        List<Scenario> scenarios;
        RoutingSettings routing;
        try {
            scenarios = selected(Scenario.in(dir));
            routing = routing();
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (!verbose) {
            quietLogs();
        }
        Scoreboard board = new Scoreboard(run(scenarios, routing));
        out().print(board.render(tier.name()));
        out().flush();
        boolean enough = board.passRate() >= minPassRate;
        if (!enough) {
            out().printf("Below --min-pass-rate %.1f%%%n", minPassRate);
        }
        return enough && !board.anyError() ? 0 : 1;
    }

    private List<Verdict> run(List<Scenario> scenarios, RoutingSettings routing) {
        List<Verdict> verdicts = new ArrayList<>();
        try (ScratchDatabase ledger = ScratchDatabase.start()) {
            Evaluation evaluation =
                    new Evaluation(routing, Optional.ofNullable(reports), ledger.datasourceProperties());
            for (Scenario scenario : scenarios) {
                Verdict verdict = evaluation.run(scenario);
                err().printf("eval: %s %s%n", scenario.name(), verdict.result());
                verdicts.add(verdict);
            }
        }
        return verdicts;
    }

    private List<Scenario> selected(List<Scenario> all) {
        if (only.isEmpty()) {
            return all;
        }
        List<String> names = all.stream().map(Scenario::name).toList();
        List<String> unknown =
                only.stream().filter(name -> !names.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no scenario " + unknown + " in " + dir + "; there are " + names);
        }
        return all.stream().filter(s -> only.contains(s.name())).toList();
    }

    /** The chosen tier answers every call; only the rules tier stands behind it, so failures show as fallbacks. */
    private RoutingSettings routing() {
        return switch (tier) {
            case rules -> new RoutingSettings(null, null, null, null, null, null, null, 0);
            case vllm -> {
                require(vllmUrl, "--vllm-url");
                require(vllmModel, "--vllm-model");
                VllmSettings vllm =
                        new VllmSettings(true, vllmUrl, vllmModel, System.getenv(VLLM_API_KEY_ENV), modelTimeout, 1);
                yield modelTier(null, vllm, Tier.VLLM);
            }
            case bedrock -> {
                String region = bedrockRegion != null ? bedrockRegion : System.getenv("AWS_REGION");
                require(region, "--bedrock-region (or AWS_REGION)");
                require(bedrockModel, "--bedrock-model");
                BedrockSettings bedrock =
                        new BedrockSettings(true, region, bedrockModel, bedrockEndpoint, modelTimeout, 1);
                yield modelTier(bedrock, null, Tier.BEDROCK);
            }
        };
    }

    private static RoutingSettings modelTier(BedrockSettings bedrock, VllmSettings vllm, Tier chosen) {
        PolicyRule every = new PolicyRule(null, null, null, null, null, chosen, "eval --tier " + chosen.wireName());
        return new RoutingSettings(
                bedrock, vllm, List.of(every), chosen, Map.of(chosen, List.of(Tier.RULES)), null, null, 0);
    }

    private static void require(Object value, String option) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("this tier needs " + option);
        }
    }

    /** Spring Boot re-reads {@code logging.level.*} as each embedded server starts; the property outlives them. */
    private static void quietLogs() {
        System.setProperty("logging.level.root", "WARN");
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    private int usage(String message) {
        err().println("eval: " + message);
        return 2;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
