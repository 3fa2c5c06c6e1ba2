package dev.triage.agents.trail;

/** An agent could not do its part (its server failed it); the investigation reports FAILED with this message. */
public final class AgentFailure extends RuntimeException {

    public AgentFailure(String message) {
        super(message, null, false, false);
    }
}
