package dev.triage.mcp.runbook.execution;

import dev.triage.mcp.runbook.ledger.ProposalRecord;
import dev.triage.mcp.runbook.proposal.Proposal;
import tools.jackson.databind.json.JsonMapper;

/** A PROPOSED proposal as the ledger keeps it. */
public final class ProposalRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProposalRecords() {}

    public static ProposalRecord of(Proposal proposal) {
        if (!Proposal.PROPOSED.equals(proposal.status())) {
            throw new IllegalArgumentException("only a PROPOSED proposal is kept, not " + proposal.status());
        }
        return new ProposalRecord(
                proposal.proposalId(),
                proposal.runbook(),
                proposal.target(),
                proposal.params(),
                JSON.valueToTree(proposal.plan()),
                proposal.risk(),
                proposal.requiresApproval(),
                Proposal.PROPOSED,
                proposal.findingId(),
                null,
                proposal.investigationId());
    }
}
