package dev.triage.orchestrator.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The points of a metric series that a finding's evidence quotes, for the report's charts: the evidence reference
 * ({@code ContainerInsights pod_memory_utilization_over_pod_limit {ClusterName=.., Namespace=.., PodName=..} Maximum
 * per minute}) read again through the CloudWatch MCP server's {@code get_metric_data}, with the threshold the
 * analyzers judge it against.
 */
@RestController
class MetricSeriesController {

    // The analyzers' saturation threshold (analysis.PinnedRule, MemoryClimb) for series measured against a limit.
    private static final double LIMIT_THRESHOLD = 90;
    private static final int MAX_POINTS = 360;
    private static final Pattern REF = Pattern.compile(
            "^([A-Za-z0-9_./-]{1,100}) ([A-Za-z0-9_.-]{1,200}) \\{([^{}]{0,1000})} ([A-Za-z0-9.]{1,20}) per minute$");
    private static final Pattern DIMENSION = Pattern.compile("^([A-Za-z0-9_.-]{1,100})=([A-Za-z0-9_.:/@-]{1,255})$");
    private static final Pattern STAT =
            Pattern.compile("^(Average|Maximum|Minimum|Sum|SampleCount|p\\d{1,2}(\\.\\d+)?)$");

    private final ServerTools tools;
    private final JsonMapper json;

    MetricSeriesController(ServerTools tools, JsonMapper json) {
        this.tools = tools;
        this.json = json;
    }

    /**
     * @param threshold the level the analyzers call saturated, for a series against a limit; null otherwise
     * @param points {@code [RFC3339, value]}, oldest first
     */
    record Series(
            String metric,
            Map<String, String> dimensions,
            String stat,
            String unit,
            Double threshold,
            List<List<Object>> points) {}

    /** @param cluster the investigation's cluster, whose CloudWatch server is asked; the default cluster's if absent */
    @GetMapping("/api/v1/metrics/series")
    Series series(@RequestParam String ref, @RequestParam(required = false) String cluster) {
        if (cluster != null) {
            tools.known(cluster);
        }
        Matcher m = REF.matcher(ref);
        if (!m.matches() || !STAT.matcher(m.group(4)).matches()) {
            throw problem(
                    HttpStatus.BAD_REQUEST,
                    "ref must be a metric evidence reference such as 'ContainerInsights "
                            + "pod_cpu_utilization_over_pod_limit {ClusterName=c, Namespace=n, PodName=p} Maximum per minute'");
        }
        Map<String, String> dimensions = dimensions(m.group(3));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", "m1");
        query.put("namespace", m.group(1));
        query.put("metric_name", m.group(2));
        query.put("dimensions", dimensions);
        query.put("stat", m.group(4));
        query.put("period", 60);
        String answer;
        try {
            answer = tools.call(
                    cluster,
                    "cloudwatch",
                    "get_metric_data",
                    Map.of("queries", List.of(query), "max_points", MAX_POINTS));
        } catch (ServerTools.Refused e) {
            throw problem(HttpStatus.NOT_FOUND, "CloudWatch has no such series: " + firstLine(e.getMessage()));
        } catch (ServerTools.Unavailable e) {
            throw problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
        JsonNode series = first(answer);
        List<List<Object>> points = series.path("points")
                .valueStream()
                .map(p -> List.<Object>of(p.get(0).stringValue(), p.get(1).doubleValue()))
                .toList();
        String unit = series.path("unit").isString() ? series.get("unit").stringValue() : null;
        Double threshold = m.group(2).endsWith("_over_pod_limit") ? LIMIT_THRESHOLD : null;
        return new Series(m.group(2), dimensions, m.group(4), unit, threshold, points);
    }

    private JsonNode first(String answer) {
        try {
            JsonNode series = json.readTree(answer).path("series").path(0);
            if (series.isObject()) {
                return series;
            }
        } catch (JacksonException notJson) {
            // a no-data answer is text: below
        }
        throw problem(HttpStatus.NOT_FOUND, "CloudWatch holds no points for this series: " + firstLine(answer));
    }

    private static Map<String, String> dimensions(String text) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        if (text.isBlank()) {
            return dimensions;
        }
        for (String pair : text.split(", ")) {
            Matcher d = DIMENSION.matcher(pair);
            if (!d.matches()) {
                throw problem(
                        HttpStatus.BAD_REQUEST,
                        "ref holds a dimension that is not NAME=VALUE: '" + pair.replaceAll("[^A-Za-z0-9_.=-]", "?")
                                + "'");
            }
            dimensions.put(d.group(1), d.group(2));
        }
        return dimensions;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
