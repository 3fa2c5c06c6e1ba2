package dev.triage.orchestrator.tracing;

import dev.triage.agents.redaction.Redactor;

/** Text put on a span: redacted, and bounded so one large tool result cannot swell a batch. */
final class SpanText {

    static final int MAX_CHARS = 8_000;

    private SpanText() {}

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String redacted = Redactor.redact(text);
        return redacted.length() <= MAX_CHARS ? redacted : redacted.substring(0, MAX_CHARS) + "... (cut)";
    }
}
