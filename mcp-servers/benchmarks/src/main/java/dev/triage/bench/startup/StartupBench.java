package dev.triage.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole-process start-up figures, JVM start included: the CLI's {@code diagnose} to its exit, the service to its ready
 * line, a standalone EKS MCP server to its started line. Each variant (a build of the jars, with optional JVM
 * options) runs every target once per round, rounds interleaved, so a noisy neighbour hits the variants alike; the
 * ratios are per round against the first variant. Not a test: it prints figures.
 *
 * <p>Usage: {@code startup [--runs N] [--targets diagnose,service,mcp[,mcp-runbook,mcp-cloudwatch]] [--variant LABEL=ROOT[,JVM_OPTS...]]...},
 * where ROOT is a checkout whose jars are under {@code target/} (or {@code --target-dir NAME}, e.g. a build made
 * with {@code -Dtriage.out=NAME}); without {@code --variant}, the current directory's jars as they are.
 */
public final class StartupBench {

    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Subreaper.become();
        Path work = Files.createTempDirectory("triage-startup-bench");
        System.out.printf(
                "Triage start-up benchmark: %d cores, JDK %s, %d runs per target and variant (after 1 warm-up), "
                        + "load average at start %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), options.runs(), loadAverage());
        Map<String, Map<Variant, List<Run>>> results = new LinkedHashMap<>();
        for (String target : options.targets()) {
            Map<Variant, List<Run>> byVariant = new LinkedHashMap<>();
            for (Variant variant : options.variants()) {
                byVariant.put(variant, new ArrayList<>());
                measure(Target.of(target, variant, work)); // warm-up: page cache, a first initdb
            }
            for (int round = 0; round < options.runs(); round++) {
                for (Variant variant : options.variants()) {
                    byVariant.get(variant).add(measure(Target.of(target, variant, work)));
                }
            }
            results.put(target, byVariant);
        }
        System.out.printf("load average at end %s%n", loadAverage());
        results.forEach(Report::print);
    }

    private static Run measure(Target target) throws IOException, InterruptedException {
        Run run = ProcessMeter.run(target);
        System.err.printf("  %-9s %-10s %s%n", target.name(), target.variant().label(), run);
        return run;
    }

    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
