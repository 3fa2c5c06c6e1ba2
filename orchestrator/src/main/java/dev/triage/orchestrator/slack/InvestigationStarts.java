package dev.triage.orchestrator.slack;

import dev.triage.agents.routing.RequestSource;
import dev.triage.orchestrator.investigation.Investigations;
import dev.triage.orchestrator.investigation.NewInvestigation;
import dev.triage.orchestrator.investigation.StartOutcome;

/**
 * Slash commands started on the investigations capability, as Slack's own requests; once one ends, its report goes
 * to the command's response_url.
 */
final class InvestigationStarts implements CommandStarts {

    private final Investigations investigations;
    private final FinishWatch watch;
    private final ReportDelivery delivery;

    InvestigationStarts(Investigations investigations, FinishWatch watch, ReportDelivery delivery) {
        this.investigations = investigations;
        this.watch = watch;
        this.delivery = delivery;
    }

    @Override
    public Started start(SlashCommand.Ask ask, String responseUrl) {
        StartOutcome outcome = investigations.start(
                new NewInvestigation(ask.question(), ask.cluster(), ask.namespace(), RequestSource.SLACK));
        return switch (outcome) {
            case StartOutcome.Started started -> {
                watch.watch(started.id(), report -> delivery.finished(RequestSource.SLACK, responseUrl, null, report));
                yield new Started.Accepted(
                        started.id(),
                        investigations.report(started.id()).orElseThrow().cluster());
            }
            case StartOutcome.UnknownCluster unknown ->
                new Started.Refused("this service investigates cluster '" + unknown.served() + "', not '"
                        + unknown.requested() + "'");
            case StartOutcome.Busy busy ->
                new Started.Refused(busy.queueCapacity() + " investigations are already waiting; ask again shortly");
        };
    }
}
