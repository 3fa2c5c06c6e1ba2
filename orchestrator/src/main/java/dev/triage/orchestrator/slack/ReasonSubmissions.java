package dev.triage.orchestrator.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.app_backend.views.response.ViewSubmissionResponse;
import dev.triage.orchestrator.approval.ApprovalService;
import dev.triage.orchestrator.approval.Decided;
import dev.triage.orchestrator.approval.Outcome;
import dev.triage.orchestrator.approval.Person;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * An approver's reason, submitted from the modal: the decision goes to the approvals service, which alone records it
 * (and refuses what its rules refuse, shown under the reason so the approver can see why). Once decided, the report's
 * message is rendered again with who decided, when and why, and the thread is told.
 */
final class ReasonSubmissions {

    private final SlackPeople people;
    private final DecisionModals modals;
    private final ApprovalService approvals;
    private final SlackStore store;
    private final MessageRefresh messages;
    private final Executor later;
    private final Clock clock;

    ReasonSubmissions(
            SlackPeople people,
            DecisionModals modals,
            ApprovalService approvals,
            SlackStore store,
            MessageRefresh messages,
            Executor later,
            Clock clock) {
        this.people = people;
        this.modals = modals;
        this.approvals = approvals;
        this.store = store;
        this.messages = messages;
        this.later = later;
        this.clock = clock;
    }

    /** The answer to the submission: empty to close the modal, or errors to show in it. */
    Optional<ViewSubmissionResponse> handle(ViewSubmissionPayload submission) {
        if (submission.getView() == null) {
            return error("The submission names no dialog; nothing was changed.");
        }
        Optional<DecisionModals.Context> context = modals.context(submission.getView());
        String callback = submission.getView().getCallbackId();
        if (context.isEmpty() || !(DecisionModals.APPROVE.equals(callback) || DecisionModals.DENY.equals(callback))) {
            return error("This dialog is not one of this service's; nothing was changed.");
        }
        String user = submission.getUser() == null ? null : submission.getUser().getId();
        if (!people.mayDecide(user)) {
            return error(ButtonClicks.NOT_AN_APPROVER);
        }
        Person by = SlackPeople.person(user);
        String reason = DecisionModals.reason(submission.getView());
        return DecisionModals.APPROVE.equals(callback)
                ? approve(context.get(), by, reason)
                : deny(context.get(), by, reason);
    }

    private Optional<ViewSubmissionResponse> approve(DecisionModals.Context where, Person by, String reason) {
        Outcome<Decided.Approved> outcome = approvals.approve(where.proposalId(), by, reason, null);
        if (outcome instanceof Outcome.Refused<Decided.Approved> refused) {
            return error(refused.reason());
        }
        Decided.Approved approved = ((Outcome.Done<Decided.Approved>) outcome).value();
        store.holdApproval(where.proposalId(), approved.approvalId(), by.id(), clock.instant());
        decided(
                where,
                "✅ " + SlackText.person(by.id()) + " approved it: “" + SlackText.escaped(reason)
                        + "”. An approver may now press Execute.");
        return Optional.empty();
    }

    private Optional<ViewSubmissionResponse> deny(DecisionModals.Context where, Person by, String reason) {
        if (approvals.deny(where.proposalId(), by, reason) instanceof Outcome.Refused<Decided.Denied> refused) {
            return error(refused.reason());
        }
        decided(where, "🚫 " + SlackText.person(by.id()) + " denied it: “" + SlackText.escaped(reason) + "”.");
        return Optional.empty();
    }

    private void decided(DecisionModals.Context where, String note) {
        later.execute(() -> {
            messages.refresh(where.investigationId(), where.channel(), where.messageTs());
            messages.inThread(where.channel(), where.threadTs(), note);
        });
    }

    private static Optional<ViewSubmissionResponse> error(String message) {
        return Optional.of(ViewSubmissionResponse.builder()
                .responseAction("errors")
                .errors(Map.of(DecisionModals.REASON, message))
                .build());
    }
}
