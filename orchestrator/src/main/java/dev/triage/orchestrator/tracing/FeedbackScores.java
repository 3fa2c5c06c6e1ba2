package dev.triage.orchestrator.tracing;

import dev.triage.orchestrator.feedback.Feedback;
import dev.triage.orchestrator.feedback.FeedbackListener;

/** Each person's verdict on a report, as a score on the investigation's trace: 1 helpful, 0 wrong. */
final class FeedbackScores implements FeedbackListener {

    static final String NAME = "user-feedback";

    private final TraceScores scores;

    FeedbackScores(TraceScores scores) {
        this.scores = scores;
    }

    @Override
    public void recorded(Feedback feedback) {
        double value = feedback.verdict() == Feedback.Verdict.HELPFUL ? 1.0 : 0.0;
        scores.post(
                TraceIds.of(feedback.investigationId()),
                NAME,
                value,
                feedback.verdict().name().toLowerCase(java.util.Locale.ROOT) + " (" + feedback.person() + ", "
                        + feedback.channel() + ")");
    }
}
