package dev.triage.orchestrator.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * What one person said of an investigation's report: the diagnosis helped, or it was wrong. Kept with the
 * investigation; the tracing work turns these into LangFuse scores on the investigation's trace.
 *
 * @param person who said it, as the audit trail names people ({@code slack:U0123})
 * @param channel where it was said: {@code slack}, later {@code ui}
 */
public record Feedback(String investigationId, String person, Verdict verdict, String channel, Instant givenAt) {

    public Feedback {
        Objects.requireNonNull(investigationId, "investigationId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(givenAt, "givenAt");
    }

    public enum Verdict {
        HELPFUL,
        WRONG_DIAGNOSIS
    }
}
