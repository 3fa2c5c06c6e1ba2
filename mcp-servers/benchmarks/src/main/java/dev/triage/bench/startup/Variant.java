package dev.triage.bench.startup;

import java.nio.file.Path;
import java.util.List;

/** One build of the jars under {@code root}, run with {@code jvmOptions} before {@code -jar}. */
record Variant(String label, Path root, String targetDir, List<String> jvmOptions) {

    Path triageJar() {
        return root.resolve("orchestrator").resolve(targetDir).resolve("triage.jar");
    }

    Path eksJar() {
        return root.resolve("mcp-servers/eks").resolve(targetDir).resolve("triage-mcp-eks.jar");
    }
}
