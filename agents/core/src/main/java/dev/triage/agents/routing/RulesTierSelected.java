package dev.triage.agents.routing;

import dev.triage.model.ModelCall;
import java.util.List;

/**
 * Thrown by {@link RoutedChatModel} when no model tier will answer, so a langchain4j AI service stops and its caller
 * runs the deterministic path instead. Not an error: catch it where the rules tier lives.
 */
public final class RulesTierSelected extends RuntimeException {

    private final String reason;
    private final List<ModelCall> attempts;

    public RulesTierSelected(String reason, List<ModelCall> attempts) {
        super("rules tier selected: " + reason, null, false, false);
        this.reason = reason;
        this.attempts = List.copyOf(attempts);
    }

    public String reason() {
        return reason;
    }

    /** The attempts of the call that ended here (the observer has seen each already). */
    public List<ModelCall> attempts() {
        return attempts;
    }
}
