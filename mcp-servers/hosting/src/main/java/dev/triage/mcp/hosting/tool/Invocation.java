package dev.triage.mcp.hosting.tool;

import dev.triage.mcp.hosting.bounds.Echo;
import dev.triage.model.SecretNames;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The exact call a client made: the tool and its arguments as received. Outcomes carry it so that an error names
 * the call that caused it and a model can correct the call. Arguments whose names say they hold a secret
 * ({@link SecretNames}) are never written to a log.
 */
public record Invocation(String tool, Map<String, Object> arguments) {

    public Invocation {
        Objects.requireNonNull(tool, "tool");
        // Sorted so the rendering is stable; a TreeMap because argument values may be JSON null.
        arguments = Collections.unmodifiableMap(new TreeMap<>(arguments == null ? Map.of() : arguments));
    }

    /** The call as a model would write it, e.g. {@code get_pod_logs(namespace="shop", tail_lines=50)}. */
    @Override
    public String toString() {
        return arguments.entrySet().stream()
                .map(e -> e.getKey() + "=" + render(e.getValue()))
                .collect(Collectors.joining(", ", tool + "(", ")"));
    }

    /** The call for a log line: as {@link #toString()}, with credential-like argument values redacted. */
    public String forLog() {
        return arguments.entrySet().stream()
                .map(e -> e.getKey() + "=" + (SecretNames.isSecret(e.getKey()) ? "<redacted>" : render(e.getValue())))
                .collect(Collectors.joining(", ", tool + "(", ")"));
    }

    /** One argument's value, bounded: an error quotes the call, and must not quote a megabyte back. */
    private static String render(Object value) {
        // A value that carries a key=value secret (password=...) keeps the key only.
        return value instanceof String s
                ? '"' + SecretNames.maskAssignments(Echo.of(s)).replace("\"", "\\\"") + '"'
                : SecretNames.maskAssignments(Echo.of(String.valueOf(value)));
    }
}
