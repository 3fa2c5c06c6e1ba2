package dev.triage.bench.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command line of {@link StartupBench}. */
record Options(int runs, List<String> targets, List<Variant> variants) {

    static Options parse(String[] args) {
        int runs = 5;
        List<String> targets = List.of("diagnose", "service", "mcp");
        String targetDir = "target";
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(required(args[i], value));
                case "--targets" -> targets = List.of(required(args[i], value).split(","));
                case "--target-dir" -> targetDir = required(args[i], value);
                case "--variant" -> specs.add(required(args[i], value));
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; usage: startup [--runs N]"
                                    + " [--targets diagnose,service,mcp,mcp-runbook,mcp-cloudwatch] [--target-dir NAME] [--variant LABEL=ROOT[,JVM_OPT...]]");
            }
            i++;
        }
        for (String target : targets) {
            if (!Target.NAMES.contains(target)) {
                throw new IllegalArgumentException("unknown target " + target + "; one of " + Target.NAMES);
            }
        }
        List<Variant> variants = new ArrayList<>();
        for (String spec : specs.isEmpty() ? List.of("current=.") : specs) {
            variants.add(variant(spec, targetDir));
        }
        return new Options(runs, targets, List.copyOf(variants));
    }

    private static Variant variant(String spec, String targetDir) {
        int eq = spec.indexOf('=');
        if (eq < 1) {
            throw new IllegalArgumentException("--variant " + spec + ": expected LABEL=ROOT[,JVM_OPT...]");
        }
        List<String> parts = Arrays.asList(spec.substring(eq + 1).split(","));
        return new Variant(
                spec.substring(0, eq),
                Path.of(parts.getFirst()).toAbsolutePath().normalize(),
                targetDir,
                List.copyOf(parts.subList(1, parts.size())));
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
