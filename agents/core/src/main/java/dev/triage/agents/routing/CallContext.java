package dev.triage.agents.routing;

import dev.triage.model.Severity;
import java.util.Objects;

/**
 * What the policy decides on for one model call.
 *
 * @param role the agent calling
 * @param source where the investigation came from
 * @param severity the alert's severity, or {@code null} when the request carries none (a chat question)
 * @param evidenceChars characters of evidence the call sends
 * @param budget the investigation's token budget, charged with actual usage
 */
public record CallContext(Role role, RequestSource source, Severity severity, int evidenceChars, TokenBudget budget) {

    public CallContext {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(budget, "budget");
        if (evidenceChars < 0) {
            throw new IllegalArgumentException("evidenceChars must be >= 0, was " + evidenceChars);
        }
    }

    public CallContext withEvidenceChars(int chars) {
        return new CallContext(role, source, severity, chars, budget);
    }
}
