package dev.triage.orchestrator.feedback;

/** Told of each verdict once it is stored (tracing scores it); must not throw, and must not block for long. */
@FunctionalInterface
public interface FeedbackListener {

    void recorded(Feedback feedback);
}
