package dev.triage.mcp.cloudwatch.snapshot;

import dev.triage.kubernetes.snapshot.SnapshotException;
import dev.triage.kubernetes.snapshot.SnapshotLayout;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries.Point;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a snapshot's {@code metrics/**}{@code /*.json}: each file a JSON array of series, {@code {"namespace",
 * "metricName", "dimensions", "unit", "points": [[RFC 3339, value], ...]}}. A malformed file stops the load with
 * the file and the series named, since a half-read snapshot would answer wrongly rather than fail.
 */
final class SeriesFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeriesFiles() {}

    static List<RecordedSeries> read(Path snapshot) {
        Path dir = snapshot.resolve(SnapshotLayout.METRICS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .flatMap(f -> readFile(f).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static List<RecordedSeries> readFile(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new SnapshotException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!root.isArray()) {
            throw new SnapshotException(file + ": expected a JSON array of series");
        }
        List<RecordedSeries> series = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            series.add(series(file + " series [" + i + "]", root.get(i)));
        }
        return series;
    }

    private static RecordedSeries series(String where, JsonNode node) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        node.path("dimensions")
                .properties()
                .forEach(e -> dimensions.put(e.getKey(), e.getValue().asString()));
        List<Point> points = new ArrayList<>();
        for (JsonNode point : node.path("points")) {
            points.add(point(where, point));
        }
        points.sort(Comparator.comparing(Point::at));
        return new RecordedSeries(
                text(where, node, "namespace"),
                text(where, node, "metricName"),
                dimensions,
                node.path("unit").asString("None"),
                points);
    }

    private static Point point(String where, JsonNode point) {
        if (!point.isArray() || point.size() != 2 || !point.get(1).isNumber()) {
            throw new SnapshotException(where + ": a point is [RFC 3339 time, number], got " + point);
        }
        try {
            return new Point(
                    OffsetDateTime.parse(point.get(0).asString()).toInstant(),
                    point.get(1).asDouble());
        } catch (DateTimeParseException e) {
            throw new SnapshotException(where + ": '" + point.get(0).asString() + "' is not an RFC 3339 time", e);
        }
    }

    private static String text(String where, JsonNode node, String field) {
        String value = node.path(field).asString("");
        if (value.isBlank()) {
            throw new SnapshotException(where + ": '" + field + "' is missing or empty");
        }
        return value;
    }
}
