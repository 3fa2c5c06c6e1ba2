package dev.triage.mcp.cloudwatch.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import tools.jackson.databind.json.JsonMapper;

/** Writes a snapshot whose metrics/ holds the series a test describes, one value a minute up to {@link #NOW}. */
public final class SnapshotFixture {

    public static final String CLUSTER = "test-eks";
    public static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Map<String, Object>> series = new ArrayList<>();

    public static Map<String, String> workload(String namespace, String name) {
        return Map.of("ClusterName", CLUSTER, "Namespace", namespace, "PodName", name);
    }

    public static Map<String, String> pod(String namespace, String name, String fullName) {
        return Map.of("ClusterName", CLUSTER, "Namespace", namespace, "PodName", name, "FullPodName", fullName);
    }

    public static Map<String, String> node(String name) {
        return Map.of("ClusterName", CLUSTER, "InstanceId", "i-0" + Math.abs(name.hashCode()), "NodeName", name);
    }

    /** {@code values[i]} is the value at {@code NOW - (values.length - i)} minutes. */
    public SnapshotFixture series(String metric, Map<String, String> dimensions, double... values) {
        List<List<Object>> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(List.of(NOW.minus(Duration.ofMinutes(values.length - i)).toString(), values[i]));
        }
        return raw(metric, dimensions, points);
    }

    public SnapshotFixture raw(String metric, Map<String, String> dimensions, List<List<Object>> points) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("namespace", "ContainerInsights");
        one.put("metricName", metric);
        one.put("dimensions", dimensions);
        one.put("unit", metric.contains("bytes") ? "Bytes/Second" : "Percent");
        one.put("points", points);
        series.add(one);
        return this;
    }

    public SnapshotMetricSource write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("metrics/any"));
            Files.writeString(dir.resolve("snapshot.yaml"), "cluster: " + CLUSTER + "\ncapturedAt: \"" + NOW + "\"\n");
            Files.writeString(dir.resolve("metrics/any/series.json"), JSON.writeValueAsString(series));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SnapshotMetricSource.load(dir);
    }

    /** {@code n} values at {@code value}, with a deterministic wobble of {@code ±wobble}. */
    public static double[] flat(int n, double value, double wobble) {
        return java.util.stream.IntStream.range(0, n)
                .mapToDouble(i -> value + wobble * Math.sin(i * 1.7))
                .toArray();
    }

    /** {@code n} values rising evenly from {@code from} to {@code to}. */
    public static double[] ramp(int n, double from, double to) {
        return java.util.stream.IntStream.range(0, n)
                .mapToDouble(i -> from + (to - from) * i / (n - 1))
                .toArray();
    }

    public static double[] concat(double[]... parts) {
        return java.util.Arrays.stream(parts).flatMapToDouble(DoubleStream::of).toArray();
    }
}
