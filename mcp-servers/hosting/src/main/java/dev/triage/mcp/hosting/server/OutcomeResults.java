package dev.triage.mcp.hosting.server;

import dev.triage.mcp.hosting.bounds.Bounds;
import dev.triage.mcp.hosting.bounds.Cut;
import dev.triage.mcp.hosting.bounds.Echo;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** Maps tool outcomes to MCP results; a failure is an {@code isError} result naming the exact call. */
final class OutcomeResults {

    /**
     * An upstream error is a line or a few (an API's status message, a validation error): longer means it quotes
     * input or a body back, which the model does not need in full.
     */
    static final int MAX_ERROR_CHARS = 2_000;

    private final int maxOutputBytes;

    OutcomeResults(int maxOutputBytes) {
        this.maxOutputBytes = maxOutputBytes;
    }

    CallToolResult toResult(ToolOutcome outcome) {
        return switch (outcome) {
            case ToolOutcome.Ok ok -> text(bounded(ok.content()), false);
            case ToolOutcome.NoData none -> text("No data for " + none.invocation() + ": " + none.reason(), false);
            case ToolOutcome.Failed failed ->
                text(
                        "Call " + failed.invocation() + " failed: " + Echo.of(failed.upstreamError(), MAX_ERROR_CHARS),
                        true);
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
