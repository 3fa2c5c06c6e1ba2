package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.mcp.cloudwatch.metrics.MetricSeries.Point;
import java.util.List;

/**
 * One series as the tool reports it: not every point, but the figures a person reads first.
 *
 * @param target the workload, pod or node name
 * @param lastAt when the last point was taken (HH:mm UTC)
 */
public record SeriesFigures(
        String metric,
        String target,
        String statistic,
        String unit,
        int points,
        double min,
        double mean,
        double p90,
        double max,
        double last,
        String lastAt) {

    static SeriesFigures of(Target target, String metric, String unit, List<Point> points) {
        return new SeriesFigures(
                metric,
                target.label(),
                Metrics.statistic(metric),
                unit,
                points.size(),
                round(Figures.min(points)),
                round(Figures.mean(points)),
                round(Figures.percentile(points, 90)),
                round(Figures.max(points)),
                round(points.getLast().value()),
                Figures.time(points.getLast().at()));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
