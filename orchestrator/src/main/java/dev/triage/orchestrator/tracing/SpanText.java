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

    /** How many bytes {@code text} takes in UTF-8, counted without encoding it (a result can be large). */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1; // a lone surrogate: the encoder writes '?'
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String bounded(String text) {
        return redacted(text);
    }
}
