package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.mcp.cloudwatch.metrics.MetricSeries.Point;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Memory climbing to the pod's limit: a minute at or above 90% of the limit reached from at least 20 points lower
 * within the 20 minutes before (and since the last time it was that high), rising most of the way. When the restart counter rises right after, the climb is
 * an OOM kill's lead-up.
 *
 * @param low the lowest point of the climb
 * @param middle the point halfway in time between the low and the peak
 * @param peak the first minute at or above the threshold
 * @param restart the restart sample that followed, if any
 */
record MemoryClimb(Point low, Point middle, Point peak, Optional<Point> restart) {

    static final double THRESHOLD = 90;
    static final double MIN_RISE = 20;
    static final Duration LOOKBACK = Duration.ofMinutes(20);
    private static final double MOSTLY = 0.6;

    static List<MemoryClimb> find(List<Point> memory, Restarts restarts) {
        List<MemoryClimb> climbs = new ArrayList<>();
        for (int i = 1; i < memory.size(); i++) {
            if (memory.get(i).value() >= THRESHOLD && memory.get(i - 1).value() < THRESHOLD) {
                climbTo(memory, i, restarts).ifPresent(climbs::add);
            }
        }
        return climbs;
    }

    Duration span() {
        return Duration.between(low.at(), peak.at());
    }

    /** {@code 61% 09:20 → 78% 09:30 → 97% 09:38, then a restart at 09:39}. */
    String describe() {
        String m = Metrics.MEMORY;
        String via = middle.equals(low) ? "" : Figures.at(m, middle) + " → ";
        return Figures.at(m, low) + " → " + via + Figures.at(m, peak)
                + restart.map(r -> ", then a restart at " + Figures.time(r.at()))
                        .orElse("");
    }

    /** The finding's clause: the longest climb, and how many climbs there were and ended in a restart. */
    static String summary(List<MemoryClimb> climbs, MemoryClimb longest) {
        long killed = climbs.stream().filter(c -> c.restart().isPresent()).count();
        String climb = "memory climbed to its limit (" + longest.describe() + ")";
        if (killed == 0) {
            return climb;
        }
        return climb + ": an OOM kill's lead-up; it reached the limit " + climbs.size() + " time(s) in the window, "
                + killed + " followed by a restart";
    }

    private static Optional<MemoryClimb> climbTo(List<Point> memory, int peakIndex, Restarts restarts) {
        Point peak = memory.get(peakIndex);
        int from = peakIndex;
        while (from > 0
                && memory.get(from - 1).value() < THRESHOLD
                && !memory.get(from - 1).at().isBefore(peak.at().minus(LOOKBACK))) {
            from--;
        }
        List<Point> before = memory.subList(from, peakIndex);
        Optional<Point> low = before.stream().min(Comparator.comparingDouble(Point::value));
        if (low.isEmpty() || peak.value() - low.get().value() < MIN_RISE || !rising(before, low.get())) {
            return Optional.empty();
        }
        Point middle = middle(before, low.get(), peak);
        return Optional.of(new MemoryClimb(low.get(), middle, peak, restarts.riseAfter(peak.at())));
    }

    /** Most steps from the low to the peak go up: a climb, not a spike after a flat line. */
    private static boolean rising(List<Point> before, Point low) {
        List<Point> climb = before.subList(before.indexOf(low), before.size());
        long up = 0;
        for (int i = 1; i < climb.size(); i++) {
            up += climb.get(i).value() > climb.get(i - 1).value() ? 1 : 0;
        }
        return climb.size() < 3 || up >= MOSTLY * (climb.size() - 1);
    }

    private static Point middle(List<Point> before, Point low, Point peak) {
        long halfway = low.at().getEpochSecond()
                + Duration.between(low.at(), peak.at()).toSeconds() / 2;
        return before.subList(before.indexOf(low), before.size()).stream()
                .min(Comparator.comparingLong(p -> Math.abs(p.at().getEpochSecond() - halfway)))
                .orElse(low);
    }
}
