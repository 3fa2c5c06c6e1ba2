package dev.triage.mcp.cloudwatch.snapshot;

import dev.triage.mcp.cloudwatch.metrics.MetricQueryException;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A CloudWatch statistic computed over the raw values that fall in one period. */
record Statistic(String name, ToDoubleFunction<double[]> over) {

    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,2}(?:\\.\\d{1,2})?|100)");

    static Statistic parse(String name) {
        return switch (name) {
            case "Average" ->
                new Statistic(name, v -> Arrays.stream(v).average().orElse(Double.NaN));
            case "Maximum" -> new Statistic(name, v -> Arrays.stream(v).max().orElse(Double.NaN));
            case "Minimum" -> new Statistic(name, v -> Arrays.stream(v).min().orElse(Double.NaN));
            case "Sum" -> new Statistic(name, v -> Arrays.stream(v).sum());
            case "SampleCount" -> new Statistic(name, v -> v.length);
            case null ->
                throw new MetricQueryException("a statistic is required (Average, Maximum, Minimum, Sum, "
                        + "SampleCount or a percentile such as p90)");
            default -> percentile(name);
        };
    }

    double apply(double[] values) {
        return over.applyAsDouble(values);
    }

    private static Statistic percentile(String name) {
        Matcher m = PERCENTILE.matcher(name);
        if (!m.matches()) {
            throw new MetricQueryException("unknown statistic '" + name + "': use Average, Maximum, Minimum, Sum, "
                    + "SampleCount or a percentile p0..p100 such as p90 or p99.9");
        }
        double rank = Double.parseDouble(m.group(1));
        return new Statistic(name, v -> nearestRank(v, rank));
    }

    /** The nearest-rank percentile: the smallest value with at least {@code rank}% of the values at or below it. */
    static double nearestRank(double[] values, double rank) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(rank / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }
}
