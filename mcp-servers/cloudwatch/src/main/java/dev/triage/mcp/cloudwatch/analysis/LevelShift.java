package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.mcp.cloudwatch.metrics.MetricSeries.Point;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A step change: the split of the window where the mean after differs most from the mean before (weighted to
 * favour splits with enough minutes on both sides), kept only when the step is large against the noise on either
 * side and large in itself (20 points of utilization, or a doubling or halving of traffic).
 *
 * @param at when the new level started
 */
record LevelShift(Instant at, double before, double after) {

    static final int MIN_SIDE = 6;
    static final double MIN_PERCENT_STEP = 20;
    static final double NOISE_MULTIPLE = 3;

    static Optional<LevelShift> find(String metric, List<Point> points) {
        if (points.size() < 2 * MIN_SIDE) {
            return Optional.empty();
        }
        int best = -1;
        double bestScore = 0;
        for (int k = MIN_SIDE; k <= points.size() - MIN_SIDE; k++) {
            double step = Math.abs(Figures.mean(points.subList(k, points.size())) - Figures.mean(points.subList(0, k)));
            double score = step * Math.sqrt((double) k * (points.size() - k));
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best < 0 ? Optional.empty() : significant(metric, points, best);
    }

    boolean up() {
        return after > before;
    }

    /** {@code CPU 35% → 92% from 09:30}. */
    String describe(String metric) {
        return Metrics.label(metric) + " " + Figures.value(metric, before) + " → " + Figures.value(metric, after)
                + " from " + Figures.time(at);
    }

    private static Optional<LevelShift> significant(String metric, List<Point> points, int k) {
        List<Point> before = points.subList(0, k);
        List<Point> after = points.subList(k, points.size());
        LevelShift shift = new LevelShift(after.getFirst().at(), Figures.mean(before), Figures.mean(after));
        double step = Math.abs(shift.after - shift.before);
        double noise = Math.max(Figures.stddev(before), Figures.stddev(after));
        boolean large = Metrics.isPercent(metric)
                ? step >= MIN_PERCENT_STEP
                : Math.max(shift.after, shift.before) >= 2 * Math.min(shift.after, shift.before);
        return large && step >= NOISE_MULTIPLE * noise ? Optional.of(shift) : Optional.empty();
    }
}
