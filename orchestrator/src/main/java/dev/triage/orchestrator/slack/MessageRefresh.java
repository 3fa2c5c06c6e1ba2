package dev.triage.orchestrator.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import dev.triage.model.InvestigationReport;
import dev.triage.orchestrator.investigation.Investigations;
import java.util.Optional;

/**
 * Keeps a posted report up to date after a decision or a run: the message is rendered again from the stored report
 * and the ledger (so it shows who decided what, whichever channel they used) and replaced with chat.update. Also
 * the short replies around it: an ephemeral answer to one person, a note in the report's thread.
 */
final class MessageRefresh {

    private final Investigations investigations;
    private final ProposalStates states;
    private final ReportBlocks blocks;
    private final SlackApi api;

    MessageRefresh(Investigations investigations, ProposalStates states, ReportBlocks blocks, SlackApi api) {
        this.investigations = investigations;
        this.states = states;
        this.blocks = blocks;
        this.api = api;
    }

    Optional<InvestigationReport> report(String investigationId) {
        return investigations.report(investigationId);
    }

    /** The report's message, with its proposals as the ledger holds them now. */
    ReportBlocks.Message render(InvestigationReport report) {
        return blocks.render(report, states.of(report.id()));
    }

    /** The stored report's message rendered as the report and the ledger stand now. */
    Optional<ReportBlocks.Message> message(String investigationId) {
        return report(investigationId).map(this::render);
    }

    void refresh(String investigationId, String channel, String messageTs) {
        message(investigationId).ifPresent(message -> api.update(channel, messageTs, message.text(), message.blocks()));
    }

    void inThread(String channel, String threadTs, String mrkdwn) {
        api.post(channel, threadTs, mrkdwn, null);
    }

    /** An answer only {@code responseUrl}'s user sees, leaving the message as it is. */
    void ephemeral(String responseUrl, String text) {
        api.respond(
                responseUrl,
                ActionResponse.builder()
                        .responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(text)
                        .build());
    }
}
