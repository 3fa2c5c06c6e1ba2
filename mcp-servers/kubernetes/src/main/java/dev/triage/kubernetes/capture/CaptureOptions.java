package dev.triage.kubernetes.capture;

import dev.triage.mcp.hosting.validation.KubernetesNames;
import java.util.List;

/**
 * What a capture takes.
 *
 * @param namespaces the namespaces to capture; empty for all
 * @param tailLines the last lines kept of each container log
 * @param maxLogBytes the most bytes kept of each container log
 * @param includeLogs whether container logs (current and previous) are captured at all
 */
public record CaptureOptions(List<String> namespaces, int tailLines, int maxLogBytes, boolean includeLogs) {

    public static final int DEFAULT_TAIL_LINES = 2_000;
    public static final int DEFAULT_MAX_LOG_BYTES = 256 * 1024;

    public CaptureOptions {
        namespaces = List.copyOf(namespaces);
        // Each becomes an API path segment and a directory of the snapshot: the API's own rule, before either.
        namespaces.forEach(
                namespace -> KubernetesNames.NAMESPACE.problem(namespace).ifPresent(problem -> {
                    throw new IllegalArgumentException("namespace " + problem);
                }));
        if (tailLines < 1 || maxLogBytes < 1) {
            throw new IllegalArgumentException("tailLines and maxLogBytes must be positive");
        }
    }

    /** Every namespace, with logs, at the default bounds. */
    public static CaptureOptions allNamespaces() {
        return new CaptureOptions(List.of(), DEFAULT_TAIL_LINES, DEFAULT_MAX_LOG_BYTES, true);
    }

    /** The given namespaces, with logs, at the default bounds. */
    public static CaptureOptions namespaces(String... namespaces) {
        return new CaptureOptions(List.of(namespaces), DEFAULT_TAIL_LINES, DEFAULT_MAX_LOG_BYTES, true);
    }

    public CaptureOptions withoutLogs() {
        return new CaptureOptions(namespaces, tailLines, maxLogBytes, false);
    }

    public CaptureOptions withLogBounds(int tailLines, int maxLogBytes) {
        return new CaptureOptions(namespaces, tailLines, maxLogBytes, includeLogs);
    }
}
