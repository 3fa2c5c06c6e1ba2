package dev.triage.bench.ratio;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One build of our server to time: a label, its jar, and extra options ({@code --name=value} ones go to the server,
 * the others to its JVM).
 */
record OurServer(String label, Path jar, List<String> options) {

    static final String SPEC = "LABEL=JAR[,OPTION...]";

    /** {@code LABEL=JAR[,OPTION...]}. */
    static OurServer parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 1) {
            throw new IllegalArgumentException("--ours " + spec + ": expected " + SPEC);
        }
        List<String> parts = Arrays.asList(spec.substring(eq + 1).split(","));
        return new OurServer(
                spec.substring(0, eq),
                Path.of(parts.getFirst()).toAbsolutePath().normalize(),
                List.copyOf(parts.subList(1, parts.size())));
    }

    List<String> jvmOptions() {
        return options.stream().filter(option -> !option.startsWith("--")).toList();
    }

    List<String> arguments() {
        return options.stream().filter(option -> option.startsWith("--")).toList();
    }
}
