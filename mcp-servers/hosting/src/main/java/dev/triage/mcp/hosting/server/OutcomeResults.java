package dev.triage.mcp.hosting.server;

import dev.triage.mcp.hosting.bounds.Bounds;
import dev.triage.mcp.hosting.bounds.Cut;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** Maps tool outcomes to MCP results; a failure is an {@code isError} result naming the exact call. */
final class OutcomeResults {

    private final int maxOutputBytes;

    OutcomeResults(int maxOutputBytes) {
        this.maxOutputBytes = maxOutputBytes;
    }

    CallToolResult toResult(ToolOutcome outcome) {
        return switch (outcome) {
            case ToolOutcome.Ok ok -> text(bounded(ok.content()), false);
            case ToolOutcome.NoData none -> text("No data for " + none.invocation() + ": " + none.reason(), false);
            case ToolOutcome.Failed failed ->
                text("Call " + failed.invocation() + " failed: " + bounded(failed.upstreamError()), true);
        };
    }

    /** The last bound on any output, whatever the tool already cut. */
    private String bounded(String content) {
        Cut<String> cut = Bounds.firstBytes(content, maxOutputBytes);
        return cut.truncated()
                ? cut.kept() + "\n"
                        + cut.note("narrow the call (a namespace, a selector, a smaller limit) to see the rest")
                : content;
    }

    private static CallToolResult text(String text, boolean isError) {
        return CallToolResult.builder().addTextContent(text).isError(isError).build();
    }
}
