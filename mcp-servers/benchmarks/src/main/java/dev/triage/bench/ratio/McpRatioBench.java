package dev.triage.bench.ratio;

import dev.triage.bench.Stats;
import dev.triage.bench.startup.DemoSnapshot;
import dev.triage.bench.startup.StartupBench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Our EKS MCP server against the TypeScript SDK's reference server, with the official TypeScript MCP client, in one
 * run: each session connects and initializes, lists the tools and makes one light call ({@code list_namespaces} on
 * ours, {@code greet} on the reference); the servers alternate session by session after a warm-up of both (JVM and
 * node JIT). Prints per-step and whole-session medians and p90, the CPU each server spent per session, and the ratio
 * ours/reference. Not a test: it prints figures.
 *
 * <p>References: {@code example}, the SDK package's own stateless example server (its Hono + Web Standard transport
 * example, run as shipped); {@code express}, the SDK's Node transport on its Express app ({@code
 * reference-server.mjs}, built as the package's stateless Express example is).
 */
public final class McpRatioBench {

    private static final String EXAMPLE =
            "node_modules/@modelcontextprotocol/sdk/dist/esm/examples/server/honoWebStandardStreamableHttp.js";

    private McpRatioBench() {}

    public static void main(String[] args) throws Exception {
        RatioOptions options;
        try {
            options = RatioOptions.parse(args);
        } catch (IllegalArgumentException badOption) {
            System.err.println("mcp-ratio: " + badOption.getMessage());
            System.exit(2);
            return;
        }
        Path work = Files.createTempDirectory("triage-mcp-ratio");
        System.out.printf(
                "Triage MCP round trips against the TypeScript SDK's reference server: %d cores, JDK %s, node %s, "
                        + "%d sessions per server after %d warm-up, alternating; load average at start %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                nodeVersion(),
                options.sessions(),
                options.warmup(),
                StartupBench.loadAverage());
        List<ServerProcess> servers = new ArrayList<>();
        try {
            for (OurServer ours : options.ours()) {
                servers.add(ours(ours, options, work));
            }
            for (String reference : options.references()) {
                servers.add(reference(reference, options));
            }
            List<Sessions.Result> results =
                    Sessions.run(options.scripts(), servers, options.warmup(), options.sessions());
            System.out.printf("load average at end %s%n", StartupBench.loadAverage());
            print(results, options.references().size());
        } finally {
            for (ServerProcess server : servers) {
                server.close();
            }
        }
    }

    private static ServerProcess ours(OurServer ours, RatioOptions options, Path work)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(ours.jar())) {
            throw new IllegalStateException(ours.jar() + " is missing: build with ./mvnw -DskipTests package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.jvmOptions());
        command.addAll(ours.jvmOptions());
        command.addAll(List.of(
                "-jar",
                ours.jar().toString(),
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--triage.snapshot=" + DemoSnapshot.in(work)));
        command.addAll(ours.arguments());
        return ServerProcess.announcing(
                ours.label(),
                command,
                work,
                Pattern.compile("Tomcat started on port (\\d+)"),
                options.tool(),
                options.arguments());
    }

    private static ServerProcess reference(String name, RatioOptions options) throws IOException, InterruptedException {
        Path scripts = options.scripts();
        if (!Files.isDirectory(scripts.resolve("node_modules"))) {
            throw new IllegalStateException(
                    scripts.resolve("node_modules") + " is missing: the build's npm ci installs it (./mvnw package)");
        }
        return switch (name) {
            case "example" ->
                ServerProcess.onPort(
                        "ts-example", List.of("node", EXAMPLE), scripts, "MCP_PORT", "greet", Map.of("name", "triage"));
            case "express" ->
                ServerProcess.announcing(
                        "ts-express",
                        List.of("node", "reference-server.mjs"),
                        scripts,
                        Pattern.compile("listening on (http://\\S+)"),
                        "greet",
                        Map.of("name", "triage"));
            default -> throw new IllegalArgumentException("unknown reference " + name);
        };
    }

    private static void print(List<Sessions.Result> results, int references) {
        for (Sessions.Result result : results) {
            System.out.printf(
                    "%n== %s at %s: tools/call %s ==%n",
                    result.server().label(),
                    result.server().url(),
                    result.server().tool());
            result.steps().forEach((step, nanos) -> System.out.println(line(Stats.of(step, nanos))));
            int sessions = result.steps().get("session").length;
            System.out.printf(
                    "%-22s %8.2f ms of CPU per session%n", "server CPU", result.cpuSeconds() * 1000 / sessions);
        }
        int oursCount = results.size() - references;
        System.out.println();
        for (Sessions.Result ours : results.subList(0, oursCount)) {
            for (Sessions.Result reference : results.subList(oursCount, results.size())) {
                ratio(ours, reference);
            }
        }
    }

    private static void ratio(Sessions.Result ours, Sessions.Result reference) {
        Stats oursSession = Stats.of("session", ours.steps().get("session"));
        Stats theirs = Stats.of("session", reference.steps().get("session"));
        System.out.printf(
                "ratio %s / %s: whole session median %.2fx, p90 %.2fx; per step median: initialize %.2fx,"
                        + " tools/list %.2fx, tools/call %.2fx; server CPU per session %.2fx%n",
                ours.server().label(),
                reference.server().label(),
                oursSession.medianMs() / theirs.medianMs(),
                oursSession.percentileMs(90) / theirs.percentileMs(90),
                stepRatio(ours, reference, "initialize"),
                stepRatio(ours, reference, "list"),
                stepRatio(ours, reference, "call"),
                ours.cpuSeconds() / reference.cpuSeconds());
    }

    private static double stepRatio(Sessions.Result ours, Sessions.Result reference, String step) {
        return Stats.of(step, ours.steps().get(step)).medianMs()
                / Stats.of(step, reference.steps().get(step)).medianMs();
    }

    private static String line(Stats stats) {
        long[] nanos = stats.nanos();
        return "%-22s n=%-4d median %7.2f ms   p90 %7.2f ms   min %7.2f ms"
                .formatted(stats.name(), nanos.length, stats.medianMs(), stats.percentileMs(90), nanos[0] / 1e6);
    }

    private static String nodeVersion() {
        try {
            Process node = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            String version = new String(node.getInputStream().readAllBytes()).strip();
            node.waitFor();
            return version;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("node is not on the PATH: the reference server and the client need it", e);
        }
    }
}
