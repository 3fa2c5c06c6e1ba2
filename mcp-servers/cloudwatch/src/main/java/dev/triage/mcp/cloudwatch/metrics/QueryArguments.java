package dev.triage.mcp.cloudwatch.metrics;

import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code queries} argument of get_metric_data, as {@link MetricQuery} values. */
final class QueryArguments {

    private QueryArguments() {}

    static List<MetricQuery> parse(Object raw, Duration defaultPeriod, String defaultStat) {
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidArgumentException("queries", "must be a non-empty array of query objects");
        }
        List<MetricQuery> queries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> query)) {
                throw new InvalidArgumentException("queries[" + i + "]", "must be an object, got " + list.get(i));
            }
            queries.add(query(i, query, defaultPeriod, defaultStat));
        }
        long distinctIds = queries.stream().map(MetricQuery::id).distinct().count();
        if (distinctIds != queries.size()) {
            throw new InvalidArgumentException("queries", "ids must be unique");
        }
        return queries;
    }

    private static MetricQuery query(int index, Map<?, ?> query, Duration defaultPeriod, String defaultStat) {
        String where = "queries[" + index + "]";
        Object period = query.get("period");
        return new MetricQuery(
                text(query, "id", where).orElse("m" + (index + 1)),
                text(query, "namespace", where).orElseThrow(() -> missing(where, "namespace")),
                text(query, "metric_name", where).orElseThrow(() -> missing(where, "metric_name")),
                dimensions(query.get("dimensions"), where),
                period instanceof Number seconds ? Duration.ofSeconds(seconds.longValue()) : defaultPeriod,
                text(query, "stat", where).orElse(defaultStat));
    }

    private static Optional<String> text(Map<?, ?> query, String key, String where) {
        Object value = query.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw new InvalidArgumentException(where + "." + key, "must be a non-empty string, got " + value);
        }
        return Optional.of(text.strip());
    }

    static Map<String, String> dimensions(Object raw, String where) {
        if (raw == null) {
            return Map.of();
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InvalidArgumentException(
                    where + ".dimensions", "must be an object of name to value, e.g. {\"ClusterName\":\"prod\"}");
        }
        Map<String, String> dimensions = new LinkedHashMap<>();
        map.forEach((name, value) -> {
            if (!(value instanceof String text) || text.isBlank()) {
                throw new InvalidArgumentException(
                        where + ".dimensions." + name, "must be a non-empty string, got " + value);
            }
            dimensions.put(String.valueOf(name), text);
        });
        return dimensions;
    }

    private static InvalidArgumentException missing(String where, String key) {
        return new InvalidArgumentException(where + "." + key, "is required");
    }
}
