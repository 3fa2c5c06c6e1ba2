package dev.triage.bench.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A process to time: its command, and the line that says it is ready (none: it is timed to its exit, which must be
 * 0).
 */
record Target(String name, Variant variant, List<String> command, Optional<Pattern> ready) {

    static final List<String> NAMES = List.of("diagnose", "service", "mcp", "mcp-runbook", "mcp-cloudwatch");

    static Target of(String name, Variant variant, Path work) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(variant.jvmOptions());
        return switch (name) {
            case "diagnose" -> {
                command.addAll(List.of(
                        "-jar",
                        variant.triageJar().toString(),
                        "diagnose",
                        "--format",
                        "json",
                        "diagnose unhealthy pods"));
                yield new Target(name, variant, command, Optional.empty());
            }
            case "service" -> {
                // Its own data directory, kept between runs as a user's ~/.triage/data is (the warm-up run creates it).
                command.addAll(List.of(
                        "-jar",
                        variant.triageJar().toString(),
                        "--server.port=0",
                        "--triage.data-dir=" + work.resolve("data-" + variant.label())));
                yield new Target(name, variant, command, Optional.of(Pattern.compile("Triage is ready on")));
            }
            case "mcp", "mcp-runbook", "mcp-cloudwatch" -> {
                command.addAll(List.of(
                        "-jar",
                        variant.serverJar(name.equals("mcp") ? "eks" : name.substring("mcp-".length()))
                                .toString(),
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--triage.snapshot=" + DemoSnapshot.in(work)));
                yield new Target(name, variant, command, Optional.of(Pattern.compile("Started \\w+ in ")));
            }
            default -> throw new IllegalArgumentException("unknown target " + name);
        };
    }
}
