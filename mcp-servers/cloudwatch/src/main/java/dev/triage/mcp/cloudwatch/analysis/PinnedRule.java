package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.mcp.cloudwatch.metrics.MetricSeries.Point;
import dev.triage.model.Evidence;
import dev.triage.model.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A utilization pinned at its ceiling: at or above 90% (of the pod's limit, or of the node) for a sustained stretch,
 * a single dipping point allowed. Sustained means at least ten minutes and at least three consecutive points of the
 * series' own period: ten one-minute points, or three five-minute points (15 minutes), as Container Insights
 * publishes at either resolution. A pinned CPU limit means CFS throttling: requests queue.
 */
final class PinnedRule {

    static final double THRESHOLD = 90;
    static final Duration MIN_RUN = Duration.ofMinutes(10);
    static final int MIN_POINTS = 3;

    private PinnedRule() {}

    static Optional<Signal> check(Target target, String metric, List<Point> points) {
        Duration period = period(points);
        List<Point> run = longestRun(points, period);
        if (run.size() < MIN_POINTS || length(run, period).compareTo(MIN_RUN) < 0) {
            return Optional.empty();
        }
        Pinned pinned = new Pinned(metric, run, points.subList(0, points.indexOf(run.getFirst())), period);
        boolean node = target.kind() == Target.Kind.NODE;
        String summary =
                Metrics.label(metric) + " pinned at " + (node ? "capacity" : "its limit") + " " + pinned.since();
        Evidence evidence =
                Evidence.metric(target.ref(metric), metric + " " + target.label() + ": " + pinned.figures());
        return Optional.of(Signal.saturation(node ? Severity.MEDIUM : Severity.HIGH, summary, evidence));
    }

    /**
     * The series' period: the shortest spacing between two consecutive points, never under a minute (a snapshot
     * or a query may hold one-minute or five-minute points).
     */
    static Duration period(List<Point> points) {
        Duration shortest = null;
        for (int i = 1; i < points.size(); i++) {
            Duration step =
                    Duration.between(points.get(i - 1).at(), points.get(i).at());
            if (!step.isNegative() && !step.isZero() && (shortest == null || step.compareTo(shortest) < 0)) {
                shortest = step;
            }
        }
        Duration minute = Duration.ofMinutes(1);
        return shortest == null || shortest.compareTo(minute) < 0 ? minute : shortest;
    }

    /** The longest stretch of consecutive points at or above the threshold, bridging a single low point. */
    static List<Point> longestRun(List<Point> points, Duration period) {
        int bestFrom = 0;
        int bestTo = 0;
        int from = -1;
        for (int i = 0; i < points.size(); i++) {
            if (from >= 0 && gap(points.get(i - 1), points.get(i), period)) {
                from = -1;
            }
            if (points.get(i).value() >= THRESHOLD) {
                from = from < 0 ? i : from;
                if (i + 1 - from > bestTo - bestFrom) {
                    bestFrom = from;
                    bestTo = i + 1;
                }
            } else if (!bridges(points, i, from)) {
                from = -1;
            }
        }
        return points.subList(bestFrom, bestTo);
    }

    /** A low minute inside a run, between two high ones. */
    private static boolean bridges(List<Point> points, int i, int from) {
        return from >= 0
                && i + 1 < points.size()
                && points.get(i - 1).value() >= THRESHOLD
                && points.get(i + 1).value() >= THRESHOLD;
    }

    /** Missing points: more than two periods between neighbours. */
    private static boolean gap(Point previous, Point next, Duration period) {
        return Duration.between(previous.at(), next.at()).compareTo(period.multipliedBy(2)) > 0;
    }

    /** A run of points covers its last point's period too. */
    private static Duration length(List<Point> run, Duration period) {
        return Duration.between(run.getFirst().at(), run.getLast().at()).plus(period);
    }

    /** A run at the ceiling and the points before it, in words. */
    private record Pinned(String metric, List<Point> run, List<Point> before, Duration period) {

        /** Enough points before the run to say what the level was. */
        private static final int BEFORE = 5;

        /** {@code since 09:30 (98% for 12 min, 35% before)}. */
        String since() {
            String was = before.size() >= BEFORE ? ", " + mean(before) + " before" : "";
            return "since " + start() + " (" + mean(run) + " for "
                    + length(run, period).toMinutes() + " min" + was + ")";
        }

        /** {@code 35% before 09:30 → 98% from 09:30 (p90 100%, 12 min at or above 90%)}. */
        String figures() {
            String was = before.size() >= BEFORE ? mean(before) + " before " + start() + " → " : "";
            return was + mean(run) + " from " + start() + " (p90 "
                    + Figures.value(metric, Figures.percentile(run, 90)) + ", "
                    + length(run, period).toMinutes()
                    + " min at or above " + Math.round(THRESHOLD) + "%"
                    + (period.toMinutes() > 1 ? ", " + period.toMinutes() + "-minute points" : "") + ")";
        }

        private String start() {
            return Figures.time(run.getFirst().at());
        }

        private String mean(List<Point> points) {
            return Figures.value(metric, Figures.mean(points));
        }
    }
}
