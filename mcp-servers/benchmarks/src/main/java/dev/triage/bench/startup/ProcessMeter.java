package dev.triage.bench.startup;

import dev.triage.bench.OutputTail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts a target and samples {@code /proc} every {@value #SAMPLE_MS} ms until it is ready (or exits): the CPU ticks
 * of it and its descendants, the largest VmHWM among them (the JVM that does the work, also when a launcher JVM
 * started it), the tree's resident set. A process that is gone keeps its last sample, so a
 * short-lived one is under-counted by at most one interval.
 */
final class ProcessMeter {

    private static final long SAMPLE_MS = 25;
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private static final long TIMEOUT_SECONDS = 300;

    private final Map<Long, Long> ticks = new HashMap<>();
    private long jvmPeakKb;
    private long treePeakKb;

    private ProcessMeter() {}

    static Run run(Target target) throws IOException, InterruptedException {
        return new ProcessMeter().measure(target);
    }

    private Run measure(Target target) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process =
                new ProcessBuilder(target.command()).redirectErrorStream(true).start();
        CountDownLatch ready = new CountDownLatch(1);
        OutputTail tail = OutputTail.follow(
                process,
                line -> {
                    if (target.ready().isPresent()
                            && target.ready().get().matcher(line).find()) {
                        ready.countDown();
                    }
                },
                () -> {});
        long readyAt = 0;
        long deadline = start + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            sample(process.toHandle());
            boolean done = target.ready().isPresent() ? ready.await(SAMPLE_MS, TimeUnit.MILLISECONDS) : false;
            if (done || (target.ready().isEmpty() && process.waitFor(SAMPLE_MS, TimeUnit.MILLISECONDS))) {
                readyAt = System.nanoTime();
                break;
            }
            if (!process.isAlive() && target.ready().isPresent()) {
                break;
            }
        }
        sample(process.toHandle());
        stop(process);
        tail.join(TimeUnit.SECONDS.toMillis(10));
        if (readyAt == 0 || (target.ready().isEmpty() && process.exitValue() != 0)) {
            throw new IllegalStateException(target.name() + " ("
                    + target.variant().label() + ") did not "
                    + (target.ready().isPresent() ? "print its ready line" : "exit with 0, exit " + process.exitValue())
                    + "; its last lines:\n" + tail.lastLines());
        }
        long cpuTicks = ticks.values().stream().mapToLong(Long::longValue).sum();
        return new Run((readyAt - start) / 1e9, cpuTicks / TICKS_PER_SECOND, jvmPeakKb / 1024.0, treePeakKb / 1024.0);
    }

    private void sample(ProcessHandle root) {
        long treeKb = 0;
        treeKb += sampleOne(root.pid());
        // All of this benchmark's descendants, not the target's: what the target daemonised was reparented here.
        for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
            if (child.pid() != root.pid()) {
                treeKb += sampleOne(child.pid());
            }
        }
        treePeakKb = Math.max(treePeakKb, treeKb);
    }

    private long sampleOne(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime is field 14, stime field 15
            ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            long rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    jvmPeakKb = Math.max(jvmPeakKb, kilobytes(line));
                }
            }
            return rss;
        } catch (IOException | RuntimeException e) {
            return 0; // it exited between listing and reading
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM: the service stops its PostgreSQL
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }
}
