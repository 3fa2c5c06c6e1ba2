package dev.triage.bench.ratio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the official TypeScript MCP client ({@code sessions.mjs}) against the servers, alternating them session by
 * session, and reads back each server's samples and the CPU its process spent on the timed sessions.
 */
final class Sessions {

    static final List<String> STEPS = List.of("initialize", "list", "call", "session");

    /** One server's timed sessions: per step, the durations in nanoseconds; the CPU seconds they cost it. */
    record Result(ServerProcess server, Map<String, long[]> steps, double cpuSeconds) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Sessions() {}

    static List<Result> run(Path scripts, List<ServerProcess> servers, int warmup, int sessions)
            throws IOException, InterruptedException {
        String spec = JSON.writeValueAsString(Map.of(
                "warmup",
                warmup,
                "sessions",
                sessions,
                "servers",
                servers.stream()
                        .map(s -> Map.of(
                                "label", s.label(),
                                "url", s.url().toString(),
                                "tool", s.tool(),
                                "arguments", s.arguments()))
                        .toList()));
        Process client = new ProcessBuilder("node", "sessions.mjs", spec)
                .directory(scripts.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Map<String, Double> cpuAtStart = new LinkedHashMap<>();
        String samples = null;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals("warm")) {
                    servers.forEach(s -> cpuAtStart.put(s.label(), s.cpuSeconds()));
                } else if (line.startsWith("{")) {
                    samples = line;
                }
            }
        }
        Map<String, Double> cpuAtEnd = new LinkedHashMap<>();
        servers.forEach(s -> cpuAtEnd.put(s.label(), s.cpuSeconds()));
        int exit = client.waitFor();
        if (exit != 0 || samples == null || cpuAtStart.isEmpty()) {
            throw new IllegalStateException("the MCP client sessions failed (exit " + exit + "), see above");
        }
        JsonNode byServer = JSON.readTree(samples);
        return servers.stream()
                .map(s -> new Result(
                        s, steps(byServer.path(s.label())), cpuAtEnd.get(s.label()) - cpuAtStart.get(s.label())))
                .toList();
    }

    private static Map<String, long[]> steps(JsonNode server) {
        Map<String, long[]> steps = new LinkedHashMap<>();
        for (String step : STEPS) {
            JsonNode values = server.path(step);
            long[] nanos = new long[values.size()];
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = Math.round(values.get(i).asDouble() * 1e6);
            }
            steps.put(step, nanos);
        }
        return steps;
    }
}
