package dev.triage.orchestrator.slack;

import dev.triage.orchestrator.approval.ApprovalEntry;
import dev.triage.orchestrator.approval.ApprovalService;
import dev.triage.orchestrator.approval.Outcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads from the approvals service where each proposal of an investigation stands, so a message always shows the
 * ledger's truth (whoever decided, through whichever channel) and never a state of its own.
 */
final class ProposalStates {

    // The state a proposal is shown in when the ledger lists it under several (an expired approval is also PENDING).
    private static final List<String> PRECEDENCE =
            List.of("USED", "APPROVED", "DENIED", "PENDING", "REVOKED", "EXPIRED");
    private static final int LIMIT = 100;

    private final ApprovalService approvals;

    ProposalStates(ApprovalService approvals) {
        this.approvals = approvals;
    }

    /** Each proposal of the investigation by its id; those the ledger does not hold are absent. */
    Map<String, ProposalState> of(String investigationId) {
        Map<String, ProposalState> states = new HashMap<>();
        for (String status : PRECEDENCE) {
            if (approvals.approvals(status, investigationId, LIMIT) instanceof Outcome.Done<List<ApprovalEntry>> done) {
                done.value().forEach(entry -> states.putIfAbsent(entry.proposalId(), ProposalState.of(entry)));
            }
        }
        return states;
    }
}
