package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.mcp.cloudwatch.metrics.MetricSeries.Point;
import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules over one target's series, in the order a person would check them. */
final class Rules {

    /** Fewer restarts than this in the window is not a trend: one restart days ago is healthy. */
    static final int RESTART_TREND = 3;
    /** A step up that ends below half the limit leaves plenty of room: worth a chart, not a finding. */
    static final double STEP_WORTH_REPORTING = 50;

    private Rules() {}

    static List<Signal> signals(Target target, Map<String, List<Point>> series) {
        if (target.kind() == Target.Kind.NODE) {
            return Metrics.NODE.stream()
                    .flatMap(m -> PinnedRule.check(target, m, of(series, m)).stream())
                    .toList();
        }
        List<Signal> signals = new ArrayList<>();
        List<Point> cpu = of(series, Metrics.CPU);
        PinnedRule.check(target, Metrics.CPU, cpu)
                .or(() -> upwardShift(target, Metrics.CPU, cpu))
                .ifPresent(signals::add);
        Restarts restarts = new Restarts(of(series, Metrics.RESTARTS));
        List<Point> memory = of(series, Metrics.MEMORY);
        Optional<Signal> climb = memoryClimb(target, memory, restarts);
        climb.or(() -> upwardShift(target, Metrics.MEMORY, memory)).ifPresent(signals::add);
        restartTrend(target, restarts, climb.isPresent()).ifPresent(signals::add);
        return signals;
    }

    /** Traffic steps, quoted beside a finding the other rules made (on their own they are not a problem). */
    static List<Evidence> trafficShifts(Target target, Map<String, List<Point>> series) {
        return List.of(Metrics.RX, Metrics.TX).stream()
                .flatMap(m -> LevelShift.find(m, of(series, m))
                        .map(s -> Evidence.metric(target.ref(m), m + " " + target.label() + ": " + s.describe(m)))
                        .stream())
                .toList();
    }

    private static Optional<Signal> upwardShift(Target target, String metric, List<Point> points) {
        return LevelShift.find(metric, points)
                .filter(LevelShift::up)
                .filter(s -> s.after() >= STEP_WORTH_REPORTING)
                .map(s -> Signal.saturation(
                        Severity.MEDIUM,
                        Metrics.label(metric) + " stepped up to " + Figures.value(metric, s.after())
                                + " of its limit at " + Figures.time(s.at()) + " (" + Figures.value(metric, s.before())
                                + " before)",
                        Evidence.metric(
                                target.ref(metric), metric + " " + target.label() + ": " + s.describe(metric))));
    }

    private static Optional<Signal> memoryClimb(Target target, List<Point> memory, Restarts restarts) {
        List<MemoryClimb> climbs = MemoryClimb.find(memory, restarts);
        if (climbs.isEmpty()) {
            return Optional.empty();
        }
        MemoryClimb longest =
                climbs.stream().max(Comparator.comparing(MemoryClimb::span)).orElseThrow();
        boolean killed = climbs.stream().anyMatch(c -> c.restart().isPresent());
        Evidence evidence = Evidence.metric(
                target.ref(Metrics.MEMORY), Metrics.MEMORY + " " + target.label() + ": " + longest.describe());
        return Optional.of(new Signal(
                Category.RESOURCE_SATURATION,
                killed ? Severity.HIGH : Severity.MEDIUM,
                MemoryClimb.summary(climbs, longest),
                List.of(evidence),
                killed));
    }

    private static Optional<Signal> restartTrend(Target target, Restarts restarts, boolean explainedByMemory) {
        int rises = restarts.rises();
        if (rises < RESTART_TREND) {
            return Optional.empty();
        }
        List<Point> points = restarts.points();
        String quote = Metrics.RESTARTS + " " + target.label() + ": " + Figures.at(Metrics.RESTARTS, points.getFirst())
                + " → " + Figures.at(Metrics.RESTARTS, points.getLast()) + " (" + rises + " restarts"
                + restarts.lastRise()
                        .map(p -> ", the last at " + Figures.time(p.at()))
                        .orElse("") + ")";
        Evidence evidence = Evidence.metric(target.ref(Metrics.RESTARTS), quote);
        if (explainedByMemory) {
            return Optional.of(new Signal(
                    Category.RESOURCE_SATURATION,
                    Severity.HIGH,
                    rises + " restarts in the window",
                    List.of(evidence),
                    false));
        }
        return Optional.of(new Signal(
                Category.CRASH_LOOP,
                Severity.HIGH,
                "restarting repeatedly: " + rises + " restarts in the window",
                List.of(evidence),
                false));
    }

    private static List<Point> of(Map<String, List<Point>> series, String metric) {
        return series.getOrDefault(metric, List.of());
    }
}
