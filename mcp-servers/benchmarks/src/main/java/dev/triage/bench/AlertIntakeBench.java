package dev.triage.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts alerts to a running service's generic webhook ({@code POST /api/v1/alerts}) at a steady rate, a share of
 * them repeats of earlier ones, and prints: stored / posted, p50 and p99 time to the 2xx, investigations created
 * versus unique alerts, and the time for the queue to drain. Not a test: start the service, then run this.
 *
 * <p>Usage: {@code java -jar mcp-servers/benchmarks/target/triage-bench.jar alerts [URL] [alerts] [seconds]
 * [duplicate-percent] [namespace] [token]} (defaults: http://127.0.0.1:8080, 5000, 60, 20, bench, none).
 */
final class AlertIntakeBench {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(30);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"(\\w+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;
    private final String token;

    private AlertIntakeBench(String base, String token) {
        this.base = base.replaceAll("/+$", "");
        this.token = token;
    }

    static void main(String[] args) throws Exception {
        String url = arg(args, 0, "http://127.0.0.1:8080");
        int alerts = Integer.parseInt(arg(args, 1, "5000"));
        int seconds = Integer.parseInt(arg(args, 2, "60"));
        int duplicatePercent = Integer.parseInt(arg(args, 3, "20"));
        String namespace = arg(args, 4, "bench");
        String token = arg(args, 5, "");
        new AlertIntakeBench(url, token).run(alerts, seconds, duplicatePercent, namespace);
    }

    private void run(int alerts, int seconds, int duplicatePercent, String namespace) throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        List<String> bodies = bodies(alerts, duplicatePercent, namespace, runId);
        long unique = bodies.stream().distinct().count();
        System.out.printf(
                "Triage alert intake benchmark: %d alerts (%d unique, %d%% repeats) over %ds to %s/api/v1/alerts, "
                        + "%d cores, JDK %s%n",
                alerts,
                unique,
                duplicatePercent,
                seconds,
                base,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());

        long[] nanos = new long[alerts];
        String[] answers = new String[alerts];
        AtomicLongArray statuses = new AtomicLongArray(600);
        long intervalNanos = TimeUnit.SECONDS.toNanos(seconds) / alerts;
        long start = System.nanoTime();
        try (ExecutorService posts = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < alerts; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                int index = i;
                sent.add(posts.submit(() -> post(bodies.get(index), index, nanos, answers, statuses)));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        }
        double postingSeconds = (System.nanoTime() - start) / 1e9;

        Set<String> ids = new HashSet<>();
        int accepted = 0;
        int duplicates = 0;
        for (String answer : answers) {
            if (answer == null) {
                continue;
            }
            Matcher id = ID.matcher(answer);
            Matcher outcome = OUTCOME.matcher(answer);
            if (id.find() && outcome.find()) {
                accepted++;
                ids.add(id.group(1));
                duplicates += outcome.group(1).equals("duplicate") ? 1 : 0;
            }
        }
        int stored = 0;
        for (String id : ids) {
            stored += get("/api/v1/investigations/" + id).statusCode() == 200 ? 1 : 0;
        }
        Stats latency = Stats.of("POST /api/v1/alerts to 2xx", nanos);
        System.out.printf("posted in %.1fs; HTTP statuses: %s%n", postingSeconds, statusLine(statuses));
        System.out.printf("answered 202 with an id: %d / %d posted (%d as duplicates)%n", accepted, alerts, duplicates);
        System.out.printf(
                "investigations stored (each id read back): %d; created %d for %d unique alerts%n",
                stored, ids.size(), unique);
        System.out.printf(
                "time to the 2xx: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                latency.percentileMs(50), latency.percentileMs(99), latency.percentileMs(100));
        drain(start, ids.size());
    }

    private void drain(long start, int created) throws Exception {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean queued = any("QUEUED");
            boolean running = any("RUNNING");
            if (!queued && !running) {
                System.out.printf(
                        "queue drained %.1fs after the first post (%d investigations)%n",
                        (System.nanoTime() - start) / 1e9, created);
                return;
            }
            Thread.sleep(1000);
        }
        System.out.printf("queue not drained within %s%n", DRAIN_LIMIT);
    }

    private boolean any(String status) throws IOException, InterruptedException {
        String body = get("/api/v1/investigations?limit=1&source=WEBHOOK&status=" + status)
                .body();
        return ID.matcher(body).find();
    }

    private void post(String body, int index, long[] nanos, String[] answers, AtomicLongArray statuses) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        long begun = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            nanos[index] = System.nanoTime() - begun;
            statuses.incrementAndGet(response.statusCode());
            answers[index] = response.statusCode() == 202 ? response.body() : null;
        } catch (IOException e) {
            nanos[index] = System.nanoTime() - begun;
            statuses.incrementAndGet(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(TIMEOUT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // Alert i repeats an earlier one for duplicatePercent of the indices, spread through the run.
    private static List<String> bodies(int alerts, int duplicatePercent, String namespace, String runId) {
        List<String> bodies = new ArrayList<>(alerts);
        int fresh = 0;
        for (int i = 0; i < alerts; i++) {
            boolean repeat = fresh > 0 && (i * duplicatePercent) / 100 != ((i + 1) * duplicatePercent) / 100;
            int n = repeat ? (i * 7919) % fresh : fresh++;
            bodies.add("""
                    {"title": "bench alert %s-%d", "severity": "warning", "namespace": "%s",
                     "resource": "Deployment/bench-%d", "labels": {"run": "%s"}}""".formatted(runId, n, namespace, n, runId));
        }
        return bodies;
    }

    private static String statusLine(AtomicLongArray statuses) {
        StringBuilder line = new StringBuilder();
        for (int status = 0; status < statuses.length(); status++) {
            if (statuses.get(status) > 0) {
                line.append(status == 0 ? "no answer" : status)
                        .append('×')
                        .append(statuses.get(status))
                        .append(' ');
            }
        }
        return line.toString().strip();
    }

    private static String arg(String[] args, int index, String fallback) {
        return args.length > index ? args[index] : fallback;
    }
}
