package dev.triage.mcp.cloudwatch.metrics;

import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import dev.triage.mcp.hosting.validation.ArgumentRule;
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
        String namespace = text(query, "namespace", where).orElseThrow(() -> missing(where, "namespace"));
        return new MetricQuery(
                text(query, "id", where).orElse("m" + (index + 1)),
                checked(where + ".namespace", namespace, MetricNames.NAMESPACE),
                checked(
                        where + ".metric_name",
                        text(query, "metric_name", where).orElseThrow(() -> missing(where, "metric_name")),
                        MetricNames.METRIC_NAME),
                dimensions(query.get("dimensions"), where, namespace),
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

    /** The dimensions, each value held to its name's rule (a Container Insights Namespace is a DNS-1123 label...). */
    static Map<String, String> dimensions(Object raw, String where, String namespace) {
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
            String key = String.valueOf(name);
            dimensions.put(key, checked(where + ".dimensions." + key, text, MetricNames.dimension(namespace, key)));
        });
        return dimensions;
    }

    private static String checked(String argument, String value, ArgumentRule rule) {
        rule.problem(value).ifPresent(problem -> {
            throw new InvalidArgumentException(argument, problem);
        });
        return value;
    }

    private static InvalidArgumentException missing(String where, String key) {
        return new InvalidArgumentException(where + "." + key, "is required");
    }
}
