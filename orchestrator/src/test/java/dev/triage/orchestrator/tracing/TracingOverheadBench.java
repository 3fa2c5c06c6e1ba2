package dev.triage.orchestrator.tracing;

import dev.triage.agents.AgentsSettings;
import dev.triage.agents.InvestigationListener;
import dev.triage.agents.InvestigationObservers;
import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.Investigator;
import dev.triage.agents.routing.RequestSource;
import dev.triage.mcp.hosting.tracing.TraceExport;
import dev.triage.mcp.hosting.tracing.TracingProperties;
import dev.triage.orchestrator.embedded.EmbeddedStack;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Benchmark, not a test: the same investigation of the demo snapshot (rules tier, the embedded MCP servers over
 * loopback HTTP) with tracing off and on (exported to a local OTLP receiver, the servers tracing too), and the
 * overhead of tracing as the ratio of the medians. Run it with
 * {@code ./mvnw -B -ntp -pl orchestrator -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.triage.orchestrator.tracing.TracingOverheadBench -Dexec.args=40}.
 */
public final class TracingOverheadBench {

    private static final int WARM_UP = 5;

    private TracingOverheadBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        try (OtlpReceiver receiver = new OtlpReceiver();
                Setup off = new Setup(new TracingProperties(null, null));
                Setup on = new Setup(new TracingProperties(
                        new TracingProperties.Langfuse(URI.create(receiver.baseUrl()), "pk-bench", "sk-bench"),
                        null))) {
            List<Double> offMillis = new ArrayList<>();
            List<Double> onMillis = new ArrayList<>();
            // Alternated, so warm-up and background noise fall on both alike.
            for (int i = 0; i < WARM_UP + runs; i++) {
                double offRun = off.run();
                double onRun = on.run();
                if (i >= WARM_UP) {
                    offMillis.add(offRun);
                    onMillis.add(onRun);
                }
            }
            on.export.flush();
            double offMedian = median(offMillis);
            double onMedian = median(onMillis);
            System.out.printf(
                    "investigation (demo snapshot, rules tier), %d runs each: tracing off median %.1f ms, on median %.1f"
                            + " ms, overhead %.1f%% (ratio %.3f); spans received %d%n",
                    runs,
                    offMedian,
                    onMedian,
                    (onMedian / offMedian - 1) * 100,
                    onMedian / offMedian,
                    receiver.spans().size());
        }
        System.exit(0);
    }

    /** An embedded stack and an investigator over it, tracing as {@code tracing} says (the servers too). */
    private static final class Setup implements AutoCloseable {
        final EmbeddedStack stack;
        final TraceExport export;
        final TraceScores scores;
        final Investigator investigator;

        Setup(TracingProperties tracing) {
            stack = EmbeddedStack.start(Optional.empty(), Map.of(), tracing.asProperties());
            export = TraceExport.from(tracing, "triage", InvestigationTraces::chosenTraceId);
            scores = TraceScores.from(new TracingProperties(null, null), Duration.ofSeconds(1));
            InvestigationTraces traces = new InvestigationTraces(export, scores, Optional.empty());
            investigator = Investigator.create(
                    AgentsSettings.rulesOnly(stack.servers()), traces.enabled() ? traces : InvestigationObservers.NONE);
        }

        double run() {
            long start = System.nanoTime();
            investigator.investigate(request(stack.clusterName()), InvestigationListener.ignoring());
            return (System.nanoTime() - start) / 1e6;
        }

        @Override
        public void close() {
            investigator.close();
            scores.close();
            export.close();
            stack.close();
        }
    }

    private static InvestigationRequest request(String cluster) {
        return new InvestigationRequest(
                UUID.randomUUID().toString(),
                "diagnose unhealthy pods",
                cluster,
                "shop",
                RequestSource.API,
                null,
                null);
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
