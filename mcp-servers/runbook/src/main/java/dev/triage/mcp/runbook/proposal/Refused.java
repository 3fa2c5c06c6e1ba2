package dev.triage.mcp.runbook.proposal;

/**
 * Thrown by any check along the way to a plan; the proposer turns it into a REFUSED proposal. An exception because
 * a refusal can arise deep in a step's planning and always ends the whole proposal.
 */
sealed class Refused extends RuntimeException permits PolicyRefused {

    private final Refusal refusal;

    Refused(Refusal refusal, String reason) {
        super(reason, null, false, false);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }
}
