package dev.triage.orchestrator.tracing;

import com.sun.management.OperatingSystemMXBean;
import dev.triage.agents.AgentsSettings;
import dev.triage.agents.InvestigationListener;
import dev.triage.agents.InvestigationObservers;
import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.Investigator;
import dev.triage.agents.routing.RequestSource;
import dev.triage.mcp.hosting.tracing.TraceExport;
import dev.triage.mcp.hosting.tracing.TracingProperties;
import dev.triage.orchestrator.embedded.EmbeddedStack;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Benchmark, not a test: the same investigation of the demo snapshot (rules tier, the embedded MCP servers over
 * loopback HTTP) with tracing off and on (exported to a local OTLP receiver, the servers tracing too), and the
 * overhead of tracing as the ratio of the medians. Each round runs a block of investigations on every setup, in an
 * order that rotates from round to round, so neither side always runs in the other's wake (GC, JIT). A second
 * untraced stack is the control: its ratio to the first is what two identical setups differ by on this machine, the
 * noise floor the overhead is to be read against. Wall time on a shared machine is mostly waiting for a core, so each
 * block's CPU time (every thread of this JVM: the agents, the servers, the exporters and the receiver) is measured
 * too, ending with the traced block's spans flushed (its own and its servers', one batch as the exporter would send),
 * so what exporting costs is counted where it is caused. Run it with the test classpath, e.g.
 * {@code ./mvnw -o -B -ntp -pl orchestrator -am test-compile dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=/tmp/cp.txt} and then {@code java -cp orchestrator/target/test-classes:orchestrator/target/classes:$(cat
 * /tmp/cp.txt) dev.triage.orchestrator.tracing.TracingOverheadBench 40}.
 */
public final class TracingOverheadBench {

    private static final int WARM_UP = 1;
    private static final int BLOCK = 5;
    private static final OperatingSystemMXBean CPU =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private TracingOverheadBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        TracingProperties none = new TracingProperties(null, null);
        try (OtlpReceiver receiver = new OtlpReceiver();
                Setup off = new Setup(none);
                Setup control = new Setup(none);
                Setup on = new Setup(new TracingProperties(
                        new TracingProperties.Langfuse(URI.create(receiver.baseUrl()), "pk-bench", "sk-bench"),
                        null))) {
            List<Setup> setups = List.of(off, control, on);
            int rounds = (runs + BLOCK - 1) / BLOCK;
            for (int round = 0; round < WARM_UP + rounds; round++) {
                for (int i = 0; i < setups.size(); i++) {
                    setups.get((round + i) % setups.size()).block(round >= WARM_UP);
                }
            }
            double offMedian = median(off.millis);
            double onMedian = median(on.millis);
            double controlMedian = median(control.millis);
            double offCpu = median(off.cpuMillis);
            double onCpu = median(on.cpuMillis);
            double controlCpu = median(control.cpuMillis);
            System.out.printf(
                    "investigation (demo snapshot, rules tier), %d runs each in blocks of %d: tracing off median %.1f ms, on median %.1f"
                            + " ms, overhead %.1f%% (ratio %.3f); control (a second untraced stack) median %.1f ms,"
                            + " %+.1f%% from off; spans received %d%n",
                    off.millis.size(),
                    BLOCK,
                    offMedian,
                    onMedian,
                    (onMedian / offMedian - 1) * 100,
                    onMedian / offMedian,
                    controlMedian,
                    (controlMedian / offMedian - 1) * 100,
                    receiver.spans().size());
            System.out.printf(
                    "cpu per investigation (all threads, a block's exports flushed in it), median of %d blocks: off %.1f"
                            + " ms, on %.1f ms, overhead %.1f%% (ratio %.3f); control %+.1f%% from off%n",
                    off.cpuMillis.size(),
                    offCpu,
                    onCpu,
                    (onCpu / offCpu - 1) * 100,
                    onCpu / offCpu,
                    (controlCpu / offCpu - 1) * 100);
            System.out.printf("load average (1, 5, 15 min): %s%n", loadAverage());
        }
        System.exit(0);
    }

    /** An embedded stack and an investigator over it, tracing as {@code tracing} says (the servers too). */
    private static final class Setup implements AutoCloseable {
        final EmbeddedStack stack;
        final TraceExport export;
        final TraceScores scores;
        final Investigator investigator;
        final List<Double> millis = new ArrayList<>();
        final List<Double> cpuMillis = new ArrayList<>();

        Setup(TracingProperties tracing) {
            stack = EmbeddedStack.start(Optional.empty(), Map.of(), tracing.asProperties());
            export = TraceExport.from(tracing, "triage", InvestigationTraces::chosenTraceId);
            scores = TraceScores.from(new TracingProperties(null, null), Duration.ofSeconds(1));
            InvestigationTraces traces = new InvestigationTraces(export, scores, Optional.empty());
            investigator = Investigator.create(
                    AgentsSettings.rulesOnly(stack.servers()), traces.enabled() ? traces : InvestigationObservers.NONE);
        }

        /** {@link #BLOCK} investigations, then their spans sent; each one's wall time and the block's CPU kept. */
        void block(boolean keep) {
            long cpuStart = CPU.getProcessCpuTime();
            List<Double> walls = new ArrayList<>();
            for (int i = 0; i < BLOCK; i++) {
                long start = System.nanoTime();
                investigator.investigate(request(stack.clusterName()), InvestigationListener.ignoring());
                walls.add((System.nanoTime() - start) / 1e6);
            }
            export.flush();
            stack.flushTraces();
            long cpu = CPU.getProcessCpuTime() - cpuStart;
            if (keep) {
                millis.addAll(walls);
                cpuMillis.add(cpu / 1e6 / BLOCK);
            }
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

    private static String loadAverage() {
        try {
            return String.join(
                    ", ",
                    Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" "))
                            .subList(0, 3));
        } catch (IOException e) {
            return String.format("%.2f (1 min)", CPU.getSystemLoadAverage());
        }
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
