package dev.triage.orchestrator.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.triage.model.Remediation;
import dev.triage.orchestrator.approval.Person;
import dev.triage.orchestrator.feedback.Feedback;
import dev.triage.orchestrator.feedback.FeedbackStore;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on a report's button. Approve and Deny open the reason modal, Execute runs the approved proposal, and only
 * for an approver: anyone else is told so, only them, and nothing changes. Feedback is anyone's to give. Slack wants
 * its answer within 3 seconds, so only views.open (whose trigger expires by then) happens before the answer.
 */
final class ButtonClicks {

    private static final Logger LOG = LoggerFactory.getLogger(ButtonClicks.class);
    static final String NOT_AN_APPROVER = "Only the approvers this service names (triage.slack.approvers) may approve,"
            + " deny or run a runbook, and you are not one of them. Nothing was changed.";
    static final String NEEDS_BOT = "Deciding in Slack asks for the reason in a modal, which needs the service's bot"
            + " token (triage.slack.bot-token), and none is set. Nothing was changed: decide with"
            + " POST /api/v1/approvals/PROPOSAL_ID/approve or /deny.";

    private final SlackPeople people;
    private final DecisionModals modals;
    private final RunbookRuns runs;
    private final MessageRefresh messages;
    private final FeedbackStore feedback;
    private final SlackApi api;
    private final Executor later;
    private final Clock clock;

    ButtonClicks(
            SlackPeople people,
            DecisionModals modals,
            RunbookRuns runs,
            MessageRefresh messages,
            FeedbackStore feedback,
            SlackApi api,
            Executor later,
            Clock clock) {
        this.people = people;
        this.modals = modals;
        this.runs = runs;
        this.messages = messages;
        this.feedback = feedback;
        this.api = api;
        this.later = later;
        this.clock = clock;
    }

    void handle(BlockActionPayload click) {
        if (click.getActions() == null
                || click.getUser() == null
                || click.getUser().getId() == null) {
            LOG.info("Ignored a Slack click that names no action or no user");
            return;
        }
        for (BlockActionPayload.Action action : click.getActions()) {
            Optional<Buttons.Target> target = Buttons.Target.parse(action.getValue());
            String actionId = String.valueOf(action.getActionId());
            if (target.isEmpty() || actionId.equals(Buttons.OPEN)) {
                continue;
            }
            switch (actionId) {
                case Buttons.HELPFUL -> later.execute(() -> feedback(click, target.get(), Feedback.Verdict.HELPFUL));
                case Buttons.WRONG ->
                    later.execute(() -> feedback(click, target.get(), Feedback.Verdict.WRONG_DIAGNOSIS));
                case Buttons.APPROVE -> decide(click, target.get(), DecisionModals.APPROVE);
                case Buttons.DENY -> decide(click, target.get(), DecisionModals.DENY);
                case Buttons.EXECUTE -> execute(click, target.get());
                default -> LOG.info("Ignored a Slack click on an unknown button {}", SlackText.clipped(actionId, 64));
            }
        }
    }

    private void decide(BlockActionPayload click, Buttons.Target target, String callbackId) {
        Optional<String> refusal = mayAct(click, target);
        if (refusal.isPresent()) {
            answer(click, refusal.get());
            return;
        }
        Remediation runbook = runbook(target).orElseThrow();
        if (!api.openModal(click.getTriggerId(), modals.modal(callbackId, where(click, target), runbook))) {
            answer(click, "Slack did not open the reason dialog; press the button again. Nothing was changed.");
        }
    }

    private void execute(BlockActionPayload click, Buttons.Target target) {
        Optional<String> refusal = mayAct(click, target);
        if (refusal.isPresent()) {
            answer(click, refusal.get());
            return;
        }
        Person by = SlackPeople.person(click.getUser().getId());
        Remediation runbook = runbook(target).orElseThrow();
        later.execute(() -> runs.run(target, runbook, by, where(click, target))
                .ifPresent(reason -> messages.ephemeral(click.getResponseUrl(), reason)));
    }

    /** Why this click may not decide or run anything; empty when it may. */
    private Optional<String> mayAct(BlockActionPayload click, Buttons.Target target) {
        String user = click.getUser().getId();
        if (!people.mayDecide(user)) {
            LOG.info("Slack user {} is not an approver: their click changed nothing", SlackText.clipped(user, 32));
            return Optional.of(NOT_AN_APPROVER);
        }
        if (!api.hasBot()) {
            return Optional.of(NEEDS_BOT);
        }
        if (target.proposalId() == null || runbook(target).isEmpty()) {
            return Optional.of("This button names no runbook of investigation " + target.investigationId()
                    + ". Nothing was changed.");
        }
        return Optional.empty();
    }

    private void feedback(BlockActionPayload click, Buttons.Target target, Feedback.Verdict verdict) {
        Person by = SlackPeople.person(click.getUser().getId());
        boolean recorded =
                feedback.record(new Feedback(target.investigationId(), by.id(), verdict, "slack", clock.instant()));
        messages.ephemeral(
                click.getResponseUrl(),
                !recorded
                        ? "There is no investigation " + target.investigationId() + " to give feedback on."
                        : verdict == Feedback.Verdict.HELPFUL
                                ? "Thanks: recorded that this diagnosis helped."
                                : "Thanks: recorded that this diagnosis was wrong. It is kept with the investigation.");
    }

    private Optional<Remediation> runbook(Buttons.Target target) {
        return messages.report(target.investigationId()).flatMap(report -> report.remediations().stream()
                .filter(r -> target.proposalId() != null && target.proposalId().equals(r.proposalId()))
                .findFirst());
    }

    private static DecisionModals.Context where(BlockActionPayload click, Buttons.Target target) {
        BlockActionPayload.Container container = click.getContainer();
        String channel = container != null && container.getChannelId() != null
                ? container.getChannelId()
                : click.getChannel() == null ? null : click.getChannel().getId();
        String ts = container == null ? null : container.getMessageTs();
        String thread = container != null && container.getThreadTs() != null ? container.getThreadTs() : ts;
        return new DecisionModals.Context(target.investigationId(), target.proposalId(), channel, ts, thread);
    }

    private void answer(BlockActionPayload click, String text) {
        later.execute(() -> messages.ephemeral(click.getResponseUrl(), text));
    }
}
