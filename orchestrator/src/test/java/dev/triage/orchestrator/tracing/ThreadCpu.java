package dev.triage.orchestrator.tracing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * This JVM's CPU time by kind of thread, read from Linux's per-thread scheduler statistics (nanoseconds on a CPU,
 * every thread: the collector's and the compilers' too, which no Java API reports). A benchmark takes one before and
 * one after a block of work and charges the difference to it, so what a setup costs in garbage collection or
 * compilation shows up beside what its own threads spend. {@code export} is the span processors' threads;
 * {@code http-client} the JDK HTTP client's, which both the MCP client and the OTLP exporter send with; {@code servers}
 * the MCP servers' request threads and the cluster's. Empty where {@code /proc} has no such statistics.
 */
record ThreadCpu(Map<Long, Sample> threads) {

    /** The kinds, by the thread names the JVM and the libraries give (Linux keeps the first 15 characters). */
    static final List<String> KINDS = List.of("gc", "jit", "export", "http-client", "servers", "agents");

    record Sample(String kind, long nanos) {}

    private static final Path TASKS = Path.of("/proc/self/task");

    static ThreadCpu now() {
        Map<Long, Sample> threads = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return new ThreadCpu(threads);
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> read(task)
                    .ifPresent(sample ->
                            threads.put(Long.parseLong(task.getFileName().toString()), sample)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ThreadCpu(threads);
    }

    /** CPU milliseconds per kind spent between {@code earlier} and this; a thread that ended in between is lost. */
    Map<String, Double> since(ThreadCpu earlier) {
        Map<String, Double> millis = new LinkedHashMap<>();
        KINDS.forEach(kind -> millis.put(kind, 0.0));
        threads.forEach((id, sample) -> {
            Sample before = earlier.threads.get(id);
            long start = before == null ? 0 : before.nanos();
            millis.merge(sample.kind(), (sample.nanos() - start) / 1e6, Double::sum);
        });
        return millis;
    }

    private static java.util.Optional<Sample> read(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).strip();
            String schedstat = Files.readString(task.resolve("schedstat"));
            long nanos = Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
            return java.util.Optional.of(new Sample(kind(name), nanos));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty(); // the thread ended while it was read
        }
    }

    static String kind(String name) {
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM ")) {
            return "gc";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (name.startsWith("BatchSpanProce")) {
            return "export";
        }
        if (name.startsWith("HttpClient-")) {
            return "http-client";
        }
        if (name.startsWith("http-nio-") || name.startsWith("vert.x") || name.startsWith("MockWebServer")) {
            return "servers";
        }
        return "agents";
    }
}
