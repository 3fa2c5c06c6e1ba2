package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.runbook.policy.PolicyDecision;

/** A refusal by policy, carrying the decision so the proposal can name the policy. */
final class PolicyRefused extends Refused {

    private final transient PolicyDecision decision;

    PolicyRefused(PolicyDecision decision) {
        super(Refusal.FORBIDDEN_BY_POLICY, decision.reason());
        this.decision = decision;
    }

    PolicyDecision decision() {
        return decision;
    }
}
