package dev.triage.bench.startup;

import java.nio.file.Path;
import java.util.List;

/** One build of the jars under {@code root}, run with {@code jvmOptions} before {@code -jar}. */
record Variant(String label, Path root, String targetDir, List<String> jvmOptions) {

    Path triageJar() {
        return root.resolve("orchestrator").resolve(targetDir).resolve("triage.jar");
    }

    /** A standalone MCP server's jar: {@code eks}, {@code runbook} or {@code cloudwatch}. */
    Path serverJar(String server) {
        return root.resolve("mcp-servers").resolve(server).resolve(targetDir).resolve("triage-mcp-" + server + ".jar");
    }
}
