package dev.triage.mcp.eks.logs;

import dev.triage.mcp.hosting.bounds.Bounds;
import dev.triage.mcp.hosting.bounds.Cut;
import dev.triage.mcp.hosting.tool.ToolArguments;
import java.util.List;
import java.util.Optional;

/** One log read: which container, which instance, how much; and how its answer is cut and labelled. */
record LogRequest(
        String namespace,
        String pod,
        String container,
        boolean previous,
        int tailLines,
        Optional<Integer> sinceSeconds,
        int limitBytes) {

    static LogRequest from(ToolArguments args, String namespace, String pod, String container) {
        return new LogRequest(
                namespace,
                pod,
                container,
                args.flag("previous"),
                args.positiveInt("tail_lines", 100, PodLogTools.MAX_TAIL_LINES),
                args.optionalLong("since_seconds").map(Long::intValue),
                args.positiveInt("limit_bytes", 32 * 1024, PodLogTools.MAX_LIMIT_BYTES));
    }

    String describe() {
        return "log of " + namespace + "/" + pod + " container " + container
                + (previous ? " (previous instance)" : " (current instance)");
    }

    String window() {
        return sinceSeconds.map(s -> " in the last " + s + " seconds").orElse("");
    }

    /** The log, its last {@code tailLines} lines within {@code limitBytes}, under a header saying what it is. */
    String render(String log) {
        List<String> lines = log.lines().toList();
        boolean earlier = lines.size() > tailLines;
        Cut<String> bytes = Bounds.lastBytes(
                String.join("\n", lines.subList(Math.max(0, lines.size() - tailLines), lines.size())), limitBytes);
        String header = "The " + describe() + window() + ", last " + Math.min(lines.size(), tailLines) + " lines:";
        String note = bytes.truncated()
                ? bytes.note("pass a larger limit_bytes (max " + PodLogTools.MAX_LIMIT_BYTES + ") to see more")
                : earlier
                        ? "[truncated: earlier lines exist; pass a larger tail_lines (max " + PodLogTools.MAX_TAIL_LINES
                                + ") to see more]"
                        : "";
        return note.isEmpty() ? header + "\n" + bytes.kept() : header + "\n" + note + "\n" + bytes.kept();
    }
}
