package dev.triage.bench;

import java.util.Arrays;

/** Order statistics over a sample of durations in nanoseconds, printed in milliseconds. */
public record Stats(String name, long[] nanos) {

    public static Stats of(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(name, sorted);
    }

    public double medianMs() {
        return percentileMs(50);
    }

    double p95Ms() {
        return percentileMs(95);
    }

    /** Nearest-rank percentile. */
    public double percentileMs(int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * nanos.length);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }

    String line() {
        return "%-34s n=%-4d median %8.2f ms   p95 %8.2f ms   min %8.2f ms"
                .formatted(name, nanos.length, medianMs(), p95Ms(), nanos[0] / 1e6);
    }
}
