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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Benchmark, not a test: the same investigation of the demo snapshot (rules tier, the embedded MCP servers over
 * loopback HTTP) with tracing off and on (exported to a local OTLP receiver, the servers tracing too), and the
 * overhead of tracing as the ratio of the medians. Each round runs a block of investigations on every setup, in an
 * order that rotates from round to round, so neither side always runs in the other's wake (GC, JIT). A second
 * untraced stack is the control: its ratio to the first is what two identical setups differ by on this machine, the
 * noise floor the overhead is to be read against. Wall time on a shared machine is mostly waiting for a core, so each
 * block's CPU time (every thread of this JVM: the agents, the servers and the exporters) is measured too, ending with
 * the traced block's spans flushed (its own and its servers', one batch as the exporter would send), so what
 * exporting costs is counted where it is caused. The receiver runs in a JVM of its own, as a collector or LangFuse
 * would: decoding the spans is the receiver's cost, not Triage's. Run it with the test classpath, e.g.
 * {@code ./mvnw -o -B -ntp -pl orchestrator -am test-compile dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=/tmp/cp.txt} and then {@code java -cp orchestrator/target/test-classes:orchestrator/target/classes:$(cat
 * /tmp/cp.txt) dev.triage.orchestrator.tracing.TracingOverheadBench 200}.
 */
public final class TracingOverheadBench {

    /**
     * Rounds run before any is kept: the compilers are still busy after a few investigations (most of a block's CPU
     * at first), and a service runs warm; this is what it takes here for their share to level off.
     */
    private static final int WARM_UP = 10;

    private static final int BLOCK = 5;
    private static final OperatingSystemMXBean CPU =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private TracingOverheadBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(ReceiverProcess.ARGUMENT)) {
            ReceiverProcess.serve();
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        TracingProperties none = new TracingProperties(null, null);
        try (ReceiverProcess receiver = ReceiverProcess.start();
                Setup off = new Setup("off", none);
                Setup control = new Setup("control", none);
                Setup on = new Setup(
                        "on",
                        new TracingProperties(
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
                    receiver.spansReceived());
            System.out.printf(
                    "cpu per investigation (all threads, a block's exports flushed in it), median of %d blocks: off %.1f"
                            + " ms, on %.1f ms, overhead %.1f%% (ratio %.3f); control %+.1f%% from off%n",
                    off.cpuMillis.size(),
                    offCpu,
                    onCpu,
                    (onCpu / offCpu - 1) * 100,
                    onCpu / offCpu,
                    (controlCpu / offCpu - 1) * 100);
            for (Setup setup : setups) {
                System.out.printf(
                        "cpu per investigation by thread (mean), %-7s %s%n", setup.label + ":", setup.byKind());
            }
            System.out.printf("load average (1, 5, 15 min): %s%n", loadAverage());
        }
        System.exit(0);
    }

    /**
     * An {@link OtlpReceiver} in a child JVM on this classpath: it prints its base URL, and the number of spans it
     * received once its standard input closes.
     */
    private static final class ReceiverProcess implements AutoCloseable {
        static final String ARGUMENT = "--receiver";

        private final Process process;
        private final BufferedReader output;
        private final String baseUrl;
        private int spans = -1;

        private ReceiverProcess(Process process) throws IOException, InterruptedException {
            this.process = process;
            this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.baseUrl = output.readLine();
            if (baseUrl == null) {
                throw new IOException("the receiver process ended before it listened (exit " + process.waitFor() + ")");
            }
        }

        static ReceiverProcess start() throws IOException, InterruptedException {
            String java = ProcessHandle.current().info().command().orElse("java");
            return new ReceiverProcess(new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            TracingOverheadBench.class.getName(),
                            ARGUMENT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
        }

        /** The child's side: listen until the parent closes our standard input. */
        static void serve() throws IOException {
            try (OtlpReceiver receiver = new OtlpReceiver()) {
                System.out.println(receiver.baseUrl());
                System.out.flush();
                System.in.transferTo(OutputStream.nullOutputStream());
                System.out.println(receiver.spans().size());
            }
        }

        String baseUrl() {
            return baseUrl;
        }

        /** Ends the receiver and says how many spans it decoded. */
        int spansReceived() throws IOException, InterruptedException {
            if (spans < 0) {
                process.getOutputStream().close();
                String line = output.readLine();
                process.waitFor();
                spans = line == null ? 0 : Integer.parseInt(line.strip());
            }
            return spans;
        }

        @Override
        public void close() {
            process.destroy();
        }
    }

    /** An embedded stack and an investigator over it, tracing as {@code tracing} says (the servers too). */
    private static final class Setup implements AutoCloseable {
        final EmbeddedStack stack;
        final TraceExport export;
        final TraceScores scores;
        final Investigator investigator;
        final List<Double> millis = new ArrayList<>();
        final List<Double> cpuMillis = new ArrayList<>();
        final String label;
        final Map<String, Double> kindMillis = new LinkedHashMap<>();

        Setup(String label, TracingProperties tracing) {
            this.label = label;
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
            ThreadCpu threadsStart = ThreadCpu.now();
            List<Double> walls = new ArrayList<>();
            for (int i = 0; i < BLOCK; i++) {
                long start = System.nanoTime();
                investigator.investigate(request(stack.clusterName()), InvestigationListener.ignoring());
                walls.add((System.nanoTime() - start) / 1e6);
            }
            export.flush();
            stack.flushTraces();
            long cpu = CPU.getProcessCpuTime() - cpuStart;
            Map<String, Double> byKind = ThreadCpu.now().since(threadsStart);
            if (keep) {
                millis.addAll(walls);
                cpuMillis.add(cpu / 1e6 / BLOCK);
                byKind.forEach((kind, ms) -> kindMillis.merge(kind, ms, Double::sum));
            }
        }

        /** Each kind of thread's CPU per investigation, e.g. {@code gc 12.0, jit 3.1, ...}. */
        String byKind() {
            int investigations = millis.size();
            return kindMillis.entrySet().stream()
                    .map(entry -> String.format("%s %.1f", entry.getKey(), entry.getValue() / investigations))
                    .collect(Collectors.joining(", ", "", " ms"));
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
