package dev.triage.orchestrator.eval;

import dev.triage.agents.AgentsSettings;
import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.Investigator;
import dev.triage.agents.routing.RequestSource;
import dev.triage.agents.routing.RoutingSettings;
import dev.triage.model.InvestigationReport;
import dev.triage.model.ModelCall;
import dev.triage.orchestrator.embedded.EmbeddedStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs scenarios one at a time, each on its own embedded stack (the same one {@code diagnose} starts: its snapshot
 * served by an embedded cluster, the three MCP servers on loopback) with the agents on the given routing.
 */
public final class Evaluation {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final RoutingSettings routing;
    private final Optional<Path> reports;
    private final Map<String, String> ledger;

    /**
     * @param routing the model routing of every scenario's agents
     * @param reports where to write each scenario's report as {@code NAME.json}, if anywhere
     * @param ledger the {@code spring.datasource.*} properties of the runbook ledger every scenario shares
     */
    public Evaluation(RoutingSettings routing, Optional<Path> reports, Map<String, String> ledger) {
        this.routing = routing;
        this.reports = reports;
        this.ledger = Map.copyOf(ledger);
    }

    public Verdict run(Scenario scenario) {
        Expectation expected;
        try {
            expected = Expectation.read(scenario.expectationFile());
        } catch (IllegalArgumentException e) {
            return Verdict.error(scenario.name(), e.getMessage());
        }
        if (!Files.isRegularFile(scenario.snapshot().resolve("snapshot.yaml"))) {
            return Verdict.error(scenario.name(), scenario.snapshot() + " is not a snapshot (no snapshot.yaml)");
        }
        try {
            return judge(scenario, expected, investigate(scenario, expected));
        } catch (RuntimeException e) {
            return Verdict.error(scenario.name(), rootMessage(e));
        }
    }

    private Timed investigate(Scenario scenario, Expectation expected) {
        try (EmbeddedStack stack = EmbeddedStack.start(Optional.of(scenario.snapshot()), ledger);
                Investigator investigator =
                        Investigator.create(new AgentsSettings(stack.servers(), null, routing, null))) {
            InvestigationRequest request = new InvestigationRequest(
                    UUID.randomUUID().toString(),
                    expected.question(),
                    stack.clusterName(),
                    expected.namespace(),
                    RequestSource.CLI,
                    null,
                    null);
            long start = System.nanoTime();
            InvestigationReport report = investigator.investigate(request, event -> {});
            long millis = (System.nanoTime() - start) / 1_000_000;
            write(scenario, report);
            return new Timed(report, millis);
        }
    }

    private static Verdict judge(Scenario scenario, Expectation expected, Timed timed) {
        List<String> failures = ReportCheck.failures(expected, timed.report());
        Verdict.Result result = expected.isPending()
                ? failures.isEmpty() ? Verdict.Result.FIXED : Verdict.Result.PENDING
                : failures.isEmpty() ? Verdict.Result.PASS : Verdict.Result.FAIL;
        List<String> reasons = result == Verdict.Result.PENDING
                ? Stream.concat(Stream.of("pending: " + expected.pending()), failures.stream())
                        .toList()
                : result == Verdict.Result.FIXED ? List.of("passes now: remove 'pending'") : failures;
        List<ModelCall> calls = timed.report().models();
        long tokens = calls.stream()
                .mapToLong(call -> (long) call.inputTokens() + call.outputTokens())
                .sum();
        return new Verdict(scenario.name(), result, reasons, timed.millis(), tokens, tiers(calls));
    }

    private static String tiers(List<ModelCall> calls) {
        List<String> tiers = calls.stream().map(ModelCall::tier).distinct().toList();
        return tiers.isEmpty() ? "rules" : String.join("+", tiers);
    }

    private void write(Scenario scenario, InvestigationReport report) {
        if (reports.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(reports.get());
            Files.writeString(reports.get().resolve(scenario.name() + ".json"), JSON.writeValueAsString(report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of " + scenario.name(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private record Timed(InvestigationReport report, long millis) {}
}
