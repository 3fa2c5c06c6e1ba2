package dev.triage.mcp.hosting.tool;

import java.util.Objects;

/** What a tool call produced. Errors are data: a failed call is an outcome that names the call, not an exception. */
public sealed interface ToolOutcome {

    Invocation invocation();

    /** The call succeeded; {@code content} is the text handed to the model (already bounded by the tool). */
    record Ok(Invocation invocation, String content) implements ToolOutcome {
        public Ok {
            Objects.requireNonNull(invocation, "invocation");
            Objects.requireNonNull(content, "content");
        }
    }

    /** The call was valid but found nothing to return; not an error, the model should not retry it as is. */
    record NoData(Invocation invocation, String reason) implements ToolOutcome {
        public NoData {
            Objects.requireNonNull(invocation, "invocation");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The call failed; {@code upstreamError} is the cause as the upstream system or the validation reported it. */
    record Failed(Invocation invocation, String upstreamError) implements ToolOutcome {
        public Failed {
            Objects.requireNonNull(invocation, "invocation");
            Objects.requireNonNull(upstreamError, "upstreamError");
        }
    }
}
