package dev.triage.bench.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Medians per variant of one target, and per-round ratios against the first variant. */
final class Report {

    private Report() {}

    static void print(String target, Map<Variant, List<Run>> runs) {
        System.out.printf("%n== %s (%s) ==%n", target, what(target));
        List<Run> first = runs.values().iterator().next();
        runs.forEach((variant, list) -> {
            System.out.printf(
                    "%-12s n=%-3d wall %6.2f s  cpu %6.2f s  jvm peak %5.0f MiB  tree peak %5.0f MiB%s%n",
                    variant.label(),
                    list.size(),
                    median(list, Run::wallSeconds),
                    median(list, Run::cpuSeconds),
                    median(list, Run::jvmPeakMiB),
                    median(list, Run::treePeakMiB),
                    list == first ? "" : ratios(list, first));
        });
    }

    private static String what(String target) {
        return switch (target) {
            case "diagnose" -> "java -jar triage.jar diagnose --format json, to its exit";
            case "service" -> "java -jar triage.jar, to its ready line";
            case "mcp-runbook" ->
                "java -jar triage-mcp-runbook.jar on the demo snapshot (its embedded PostgreSQL ledger), to its started line";
            case "mcp-cloudwatch" -> "java -jar triage-mcp-cloudwatch.jar on the demo snapshot, to its started line";
            default -> "java -jar triage-mcp-eks.jar on the demo snapshot, to its started line";
        };
    }

    private static String ratios(List<Run> list, List<Run> first) {
        return "   paired ratio wall %.2f  cpu %.2f  jvm peak %.2f"
                .formatted(
                        ratio(list, first, Run::wallSeconds),
                        ratio(list, first, Run::cpuSeconds),
                        ratio(list, first, Run::jvmPeakMiB));
    }

    private static double ratio(List<Run> list, List<Run> first, ToDoubleFunction<Run> figure) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(list.size(), first.size()); i++) {
            ratios.add(figure.applyAsDouble(list.get(i)) / figure.applyAsDouble(first.get(i)));
        }
        return median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double median(List<Run> list, ToDoubleFunction<Run> figure) {
        return median(list.stream().mapToDouble(figure).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
