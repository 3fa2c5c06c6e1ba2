package dev.triage.bench.startup;

/**
 * One measured process: wall seconds to its exit or ready line; CPU seconds of it and every descendant (user +
 * system, the embedded PostgreSQL included); the largest peak resident set (VmHWM) in the tree, the JVM doing the
 * work, and the peak sum of the tree's.
 */
record Run(double wallSeconds, double cpuSeconds, double jvmPeakMiB, double treePeakMiB) {

    @Override
    public String toString() {
        return "wall %6.2f s  cpu %6.2f s  jvm peak %5.0f MiB  tree peak %5.0f MiB"
                .formatted(wallSeconds, cpuSeconds, jvmPeakMiB, treePeakMiB);
    }
}
