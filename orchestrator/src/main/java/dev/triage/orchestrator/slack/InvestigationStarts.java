package dev.triage.orchestrator.slack;

import dev.triage.agents.routing.RequestSource;
import dev.triage.orchestrator.investigation.Intake;
import dev.triage.orchestrator.investigation.IntakeOutcome;
import dev.triage.orchestrator.investigation.IntakeRequest;

/**
 * Slash commands started through the intake, as Slack's own requests, with the command's {@code response_url} as
 * the reply target: the intake keeps it with the request, and hands it back when the investigation has finished.
 */
final class InvestigationStarts implements CommandStarts {

    private final Intake intake;

    InvestigationStarts(Intake intake) {
        this.intake = intake;
    }

    @Override
    public Started start(SlashCommand.Ask ask, String responseUrl, String userId) {
        IntakeRequest request = IntakeRequest.question(
                        RequestSource.SLACK, ask.question(), ask.cluster(), ask.namespace())
                .withReplyTarget(responseUrl)
                .withRequester(
                        userId == null || userId.isBlank()
                                ? null
                                : SlackPeople.person(userId).id());
        String cluster = ask.cluster() == null ? intake.servedCluster() : ask.cluster();
        return switch (intake.submit(request)) {
            case IntakeOutcome.Accepted accepted -> new Started.Accepted(accepted.id(), cluster);
            case IntakeOutcome.Duplicate duplicate -> new Started.Accepted(duplicate.id(), cluster);
            case IntakeOutcome.UnknownCluster unknown ->
                new Started.Refused("this service investigates " + unknown.servedList() + ", not '"
                        + unknown.requested() + "': name one of them with cluster=");
        };
    }
}
