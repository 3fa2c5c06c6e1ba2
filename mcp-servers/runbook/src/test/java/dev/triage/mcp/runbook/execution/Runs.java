package dev.triage.mcp.runbook.execution;

import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import dev.triage.mcp.runbook.ledger.Decision;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.mcp.runbook.library.LibraryFiles;
import dev.triage.mcp.runbook.library.RunbookLibrary;
import dev.triage.mcp.runbook.proposal.Proposal;
import dev.triage.mcp.runbook.proposal.ProposalRequest;
import dev.triage.mcp.runbook.proposal.Proposer;
import io.fabric8.kubernetes.api.model.Container;
import java.time.Duration;
import java.util.Map;

/** Proposals made and executed against an embedded cluster, with the ledger on the tests' PostgreSQL. */
final class Runs {

    static final RunbookLibrary LIBRARY = RunbookLibrary.load(LibraryFiles.fromClasspath());

    private final EmbeddedClusterExtension cluster;
    private final RunbookLedger ledger;

    Runs(EmbeddedClusterExtension cluster, RunbookLedger ledger) {
        this.cluster = cluster;
        this.ledger = ledger;
    }

    /** Proposes as propose_remediation does: a PROPOSED proposal is recorded. */
    Proposal propose(String runbook, String namespace, String kind, String name, Map<String, Object> params) {
        return propose(runbook, namespace, kind, name, params, null);
    }

    /** Proposes for one investigation, as the remediation agent does. */
    Proposal propose(
            String runbook,
            String namespace,
            String kind,
            String name,
            Map<String, Object> params,
            String investigationId) {
        Proposal proposal =
                proposer().propose(new ProposalRequest(runbook, namespace, kind, name, params, null, investigationId));
        if (Proposal.PROPOSED.equals(proposal.status())) {
            ledger.recordProposal(ProposalRecords.of(proposal), "test");
        }
        return proposal;
    }

    Executor executor() {
        return new Executor(proposer(), ledger, new StepRunner(LIBRARY.catalog(), cluster.client(), true));
    }

    String approve(Proposal proposal) {
        var granted = (Decision.Granted)
                ledger.approvals().approve(proposal.proposalId(), "alice", "test", Duration.ofMinutes(15));
        return granted.approvalId();
    }

    Container container(String namespace, String deployment) {
        return cluster.client()
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withName(deployment)
                .get()
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .getFirst();
    }

    private Proposer proposer() {
        return new Proposer(
                LIBRARY.catalog(),
                LIBRARY.policies(),
                cluster.client(),
                cluster.cluster().clock());
    }
}
