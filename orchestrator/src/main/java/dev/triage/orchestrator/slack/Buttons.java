package dev.triage.orchestrator.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.element.ButtonElement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buttons of a report and what a click on one names: the investigation, and for a runbook the proposal. The
 * value carries ids only; who may act and what happens is decided on the server when the click arrives.
 */
final class Buttons {

    static final String APPROVE = "approve";
    static final String DENY = "deny";
    static final String EXECUTE = "execute";
    static final String HELPFUL = "feedback-helpful";
    static final String WRONG = "feedback-wrong";
    static final String OPEN = "open-report";

    private static final Pattern VALUE = Pattern.compile("([0-9a-f-]{36})(?: (rp-[0-9a-f]{32}))?");

    private Buttons() {}

    /** What a button is about. @param proposalId null for the report's own buttons (feedback) */
    record Target(String investigationId, String proposalId) {

        String value() {
            return proposalId == null ? investigationId : investigationId + " " + proposalId;
        }

        /** The value of a button this service made; empty for anything else. */
        static Optional<Target> parse(String value) {
            Matcher matcher = VALUE.matcher(value == null ? "" : value);
            return matcher.matches() ? Optional.of(new Target(matcher.group(1), matcher.group(2))) : Optional.empty();
        }
    }

    static ButtonElement of(String actionId, String label, String style, Target target) {
        return button(b -> {
            b.actionId(actionId).text(plainText(label, true)).value(target.value());
            return style == null ? b : b.style(style);
        });
    }
}
