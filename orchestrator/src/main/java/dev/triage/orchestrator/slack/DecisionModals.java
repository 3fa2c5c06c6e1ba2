package dev.triage.orchestrator.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.triage.model.Remediation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The modal that asks an approver why they approve or deny, and reading its submission back. The modal carries the
 * decision's context (which proposal, which message) in its private metadata, which Slack returns as it was given.
 */
final class DecisionModals {

    static final String APPROVE = "decide-approve";
    static final String DENY = "decide-deny";
    static final String REASON = "reason";
    static final int MAX_REASON_CHARS = 1000;

    /**
     * What a decision is about and where its message is.
     *
     * @param threadTs where replies about it go: the message's thread, or the message itself
     */
    record Context(String investigationId, String proposalId, String channel, String messageTs, String threadTs) {}

    private final JsonMapper json;

    DecisionModals(JsonMapper json) {
        this.json = json;
    }

    View modal(String callbackId, Context context, Remediation remediation) {
        boolean approve = callbackId.equals(APPROVE);
        String what = "*" + SlackText.escaped(remediation.runbook()) + "* on `"
                + SlackText.escaped(String.valueOf(remediation.target())) + "` · risk "
                + SlackText.escaped(remediation.risk());
        String rule = approve
                ? "The approval runs this exact plan once, within 15 minutes; Execute then runs it."
                : "A denial is final: this proposal will not run.";
        return view(v -> v.type("modal")
                .callbackId(callbackId)
                .privateMetadata(json.writeValueAsString(context))
                .title(viewTitle(t -> t.type("plain_text").text(approve ? "Approve runbook" : "Deny runbook")))
                .submit(viewSubmit(s -> s.type("plain_text").text(approve ? "Approve" : "Deny")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(List.of(section(s -> s.text(markdownText(what + "\n" + rule))), input(i -> i.blockId(REASON)
                        .label(plainText(approve ? "Why approve it?" : "Why deny it?"))
                        .element(plainTextInput(
                                p -> p.actionId(REASON).multiline(true).maxLength(MAX_REASON_CHARS)))))));
    }

    /** The context the modal was opened with; empty when the metadata is not this service's. */
    Optional<Context> context(View view) {
        try {
            Context context = json.readValue(view.getPrivateMetadata(), Context.class);
            return Optional.ofNullable(context).filter(c -> c.proposalId() != null && c.investigationId() != null);
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String reason(View view) {
        return Optional.ofNullable(view.getState())
                .map(ViewState::getValues)
                .map(values -> values.getOrDefault(REASON, Map.of()).get(REASON))
                .map(ViewState.Value::getValue)
                .orElse(null);
    }
}
