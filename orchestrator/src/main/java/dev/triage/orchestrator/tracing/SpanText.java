package dev.triage.orchestrator.tracing;

import dev.triage.agents.redaction.Redactor;

/** Text put on a span: redacted, and bounded so one large tool result cannot swell a batch. */
final class SpanText {

    static final int MAX_CHARS = 8_000;

    private SpanText() {}

    /** Text from outside the seam's redaction (the question, the summary): redacted, then bounded. */
    static String of(String text) {
        return text == null ? "" : bounded(Redactor.redact(text));
    }

    /** Text the seam hands over already redacted (tool arguments and results, outcomes, notes): bounded only. */
    static String redacted(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "... (cut)";
    }

    private static String bounded(String text) {
        return redacted(text);
    }
}
