package dev.triage.bench.ratio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link McpRatioBench}: sessions timed per server, warm-up sessions per server, the checkout
 * whose scripts run, the tool ours is called with (one taking no arguments), our
 * server jars (by label; by default the checkout's EKS jar in its build directory; several compare builds in the same
 * run), which reference
 * servers, and JVM options for ours.
 */
record RatioOptions(
        int sessions,
        int warmup,
        Path root,
        String tool,
        Map<String, Path> ours,
        List<String> references,
        List<String> jvmOptions) {

    static final List<String> REFERENCES = List.of("example", "express");

    private static final String USAGE = "usage: mcp-ratio [--sessions N] [--warmup N] [--root DIR] [--target-dir NAME]"
            + " [--tool list_namespaces] [--ours LABEL=JAR]... [--references example,express] [--jvm-option OPT]...";

    static RatioOptions parse(String[] args) {
        int sessions = 200;
        int warmup = 300;
        String root = ".";
        String targetDir = "target";
        String tool = "list_namespaces";
        List<String> references = REFERENCES;
        List<String> jvmOptions = new ArrayList<>();
        Map<String, String> ours = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--sessions" -> sessions = positive(args[i], value);
                case "--warmup" -> warmup = Integer.parseInt(required(args[i], value));
                case "--root" -> root = required(args[i], value);
                case "--target-dir" -> targetDir = required(args[i], value);
                case "--ours" -> {
                    String spec = required(args[i], value);
                    int eq = spec.indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("--ours " + spec + ": expected LABEL=JAR; " + USAGE);
                    }
                    ours.put(spec.substring(0, eq), spec.substring(eq + 1));
                }
                case "--tool" -> tool = required(args[i], value);
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
        Map<String, Path> jars = new LinkedHashMap<>();
        if (ours.isEmpty()) {
            jars.put(
                    "triage-eks",
                    checkout.resolve("mcp-servers/eks").resolve(targetDir).resolve("triage-mcp-eks.jar"));
        }
        ours.forEach(
                (label, jar) -> jars.put(label, Path.of(jar).toAbsolutePath().normalize()));
        return new RatioOptions(
                sessions,
                warmup,
                checkout,
                tool,
                Collections.unmodifiableMap(jars),
                references,
                List.copyOf(jvmOptions));
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
