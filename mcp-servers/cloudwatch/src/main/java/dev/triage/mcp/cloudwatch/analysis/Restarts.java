package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.mcp.cloudwatch.metrics.MetricSeries.Point;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The restart counter ({@code pod_number_of_container_restarts}): how much it rose over the window, and whether it
 * rose right after a moment. Only rises count, since the counter starts again at zero when a pod is replaced.
 */
record Restarts(List<Point> points) {

    /** How soon after memory reached its limit a restart still counts as caused by it (kill, then next sample). */
    static final Duration SOON_AFTER = Duration.ofMinutes(6);

    int rises() {
        int total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += (int) Math.max(
                    0, Math.round(points.get(i).value() - points.get(i - 1).value()));
        }
        return total;
    }

    Optional<Point> lastRise() {
        for (int i = points.size() - 1; i > 0; i--) {
            if (points.get(i).value() > points.get(i - 1).value()) {
                return Optional.of(points.get(i));
            }
        }
        return Optional.empty();
    }

    /** The first sample after {@code at} (within {@link #SOON_AFTER}) showing more restarts than at {@code at}. */
    Optional<Point> riseAfter(Instant at) {
        double before = points.stream()
                .filter(p -> !p.at().isAfter(at))
                .reduce((a, b) -> b)
                .map(Point::value)
                .orElse(points.isEmpty() ? 0 : points.getFirst().value());
        return points.stream()
                .filter(p -> p.at().isAfter(at) && !p.at().isAfter(at.plus(SOON_AFTER)))
                .filter(p -> p.value() > before)
                .findFirst();
    }
}
