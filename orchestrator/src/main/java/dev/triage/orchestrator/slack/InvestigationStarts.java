package dev.triage.orchestrator.slack;

import dev.triage.agents.routing.RequestSource;
import dev.triage.orchestrator.investigation.Investigations;
import dev.triage.orchestrator.investigation.NewInvestigation;
import dev.triage.orchestrator.investigation.StartOutcome;

/** Slash commands started on the investigations capability, as Slack's own requests. */
final class InvestigationStarts implements CommandStarts {

    private final Investigations investigations;

    InvestigationStarts(Investigations investigations) {
        this.investigations = investigations;
    }

    @Override
    public Started start(SlashCommand.Ask ask, String responseUrl) {
        StartOutcome outcome = investigations.start(
                new NewInvestigation(ask.question(), ask.cluster(), ask.namespace(), RequestSource.SLACK));
        return switch (outcome) {
            case StartOutcome.Started started ->
                new Started.Accepted(
                        started.id(),
                        investigations.report(started.id()).orElseThrow().cluster());
            case StartOutcome.UnknownCluster unknown ->
                new Started.Refused("this service investigates cluster '" + unknown.served() + "', not '"
                        + unknown.requested() + "'");
            case StartOutcome.Busy busy ->
                new Started.Refused(busy.queueCapacity() + " investigations are already waiting; ask again shortly");
        };
    }
}
