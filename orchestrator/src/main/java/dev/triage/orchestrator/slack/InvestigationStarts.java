package dev.triage.orchestrator.slack;

import dev.triage.agents.routing.RequestSource;
import dev.triage.orchestrator.investigation.Intake;
import dev.triage.orchestrator.investigation.IntakeOutcome;
import dev.triage.orchestrator.investigation.IntakeRequest;

/**
 * Slash commands started through the intake, as Slack's own requests (the command's response_url their reply
 * target); once one ends, its report goes to that response_url.
 */
final class InvestigationStarts implements CommandStarts {

    private final Intake intake;
    private final FinishWatch watch;
    private final ReportDelivery delivery;

    InvestigationStarts(Intake intake, FinishWatch watch, ReportDelivery delivery) {
        this.intake = intake;
        this.watch = watch;
        this.delivery = delivery;
    }

    @Override
    public Started start(SlashCommand.Ask ask, String responseUrl) {
        IntakeRequest request = IntakeRequest.question(
                        RequestSource.SLACK, ask.question(), ask.cluster(), ask.namespace())
                .withReplyTarget(responseUrl);
        String cluster = ask.cluster() == null ? intake.servedCluster() : ask.cluster();
        return switch (intake.submit(request)) {
            case IntakeOutcome.Accepted accepted -> {
                watch.watch(accepted.id(), report -> delivery.finished(RequestSource.SLACK, responseUrl, null, report));
                yield new Started.Accepted(accepted.id(), cluster);
            }
            // Questions carry no fingerprint, so the intake never answers a slash command with a duplicate.
            case IntakeOutcome.Duplicate duplicate -> new Started.Accepted(duplicate.id(), cluster);
            case IntakeOutcome.UnknownCluster unknown ->
                new Started.Refused("this service investigates cluster '" + unknown.served() + "', not '"
                        + unknown.requested() + "'");
        };
    }
}
