package dev.triage.bench.ratio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line of {@link McpRatioBench}: sessions timed per server, warm-up sessions per server, the checkout
 * whose scripts run, the tool ours is called with and its arguments, our server builds (by default the
 * checkout's EKS jar in its build directory; several compare builds or options in the same run), which reference
 * servers, and JVM options for all of ours.
 */
record RatioOptions(
        int sessions,
        int warmup,
        Path root,
        String tool,
        Map<String, Object> arguments,
        List<OurServer> ours,
        List<String> references,
        List<String> jvmOptions) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final List<String> REFERENCES = List.of("example", "express");

    private static final String USAGE = "usage: mcp-ratio [--sessions N] [--warmup N] [--root DIR] [--target-dir NAME]"
            + " [--tool list_namespaces] [--arguments JSON] [--ours " + OurServer.SPEC
            + "]... [--references example,express] [--jvm-option OPT]...";

    static RatioOptions parse(String[] args) {
        int sessions = 200;
        int warmup = 300;
        String root = ".";
        String targetDir = "target";
        String tool = "list_namespaces";
        Map<String, Object> arguments = Map.of();
        List<String> references = REFERENCES;
        List<String> jvmOptions = new ArrayList<>();
        List<OurServer> ours = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--sessions" -> sessions = positive(args[i], value);
                case "--warmup" -> warmup = Integer.parseInt(required(args[i], value));
                case "--root" -> root = required(args[i], value);
                case "--target-dir" -> targetDir = required(args[i], value);
                case "--ours" -> ours.add(OurServer.parse(required(args[i], value)));
                case "--tool" -> tool = required(args[i], value);
                case "--arguments" -> arguments = JSON.readValue(required(args[i], value), new TypeReference<>() {});
                case "--references" ->
                    references = List.of(required(args[i], value).split(","));
                case "--jvm-option" -> jvmOptions.add(required(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
            i++;
        }
        for (String reference : references) {
            if (!REFERENCES.contains(reference)) {
                throw new IllegalArgumentException("unknown reference " + reference + "; one of " + REFERENCES);
            }
        }
        Path checkout = Path.of(root).toAbsolutePath().normalize();
        if (ours.isEmpty()) {
            ours.add(new OurServer(
                    "triage-eks",
                    checkout.resolve("mcp-servers/eks").resolve(targetDir).resolve("triage-mcp-eks.jar"),
                    List.of()));
        }
        return new RatioOptions(
                sessions, warmup, checkout, tool, arguments, List.copyOf(ours), references, List.copyOf(jvmOptions));
    }

    /** The client script, the reference server and their node_modules (installed by the build's npm ci). */
    Path scripts() {
        return root.resolve("mcp-servers/benchmarks/src/main/mcp-ratio");
    }

    private static int positive(String option, String value) {
        int n = Integer.parseInt(required(option, value));
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return n;
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return value;
    }
}
