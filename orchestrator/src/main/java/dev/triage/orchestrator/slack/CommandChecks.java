package dev.triage.orchestrator.slack;

import dev.triage.orchestrator.web.RequestText;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a slash command may ask, by the API's rules: a question of at most 2,000 characters, a namespace that is a
 * DNS-1123 label, a cluster name of at most 100 characters, and no control or bidirectional control characters (a
 * reader would see one question and a model another).
 */
final class CommandChecks {

    static final int MAX_QUESTION_CHARS = 2000;
    static final int MAX_CLUSTER_CHARS = 100;
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Set<Integer> BIDI_CONTROLS =
            Set.of(0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C);

    private CommandChecks() {}

    /** Why the command cannot be investigated as asked; empty when it can. */
    static Optional<String> problem(SlashCommand.Ask ask) {
        for (String text : new String[] {ask.question(), ask.namespace(), ask.cluster()}) {
            if (text != null && !text.codePoints().allMatch(CommandChecks::plain)) {
                return Optional.of("the command holds control or bidirectional control characters; remove them");
            }
        }
        int length = RequestText.length(ask.question());
        if (length > MAX_QUESTION_CHARS) {
            return Optional.of(
                    "the question is " + length + " characters; at most " + MAX_QUESTION_CHARS + " are accepted");
        }
        if (ask.namespace() != null && !NAMESPACE.matcher(ask.namespace()).matches()) {
            return Optional.of("ns=" + SlackText.clipped(ask.namespace(), 80)
                    + " is not a namespace name (lower-case letters, digits and '-', at most 63)");
        }
        if (ask.cluster() != null && RequestText.length(ask.cluster()) > MAX_CLUSTER_CHARS) {
            return Optional.of("cluster= is a cluster name of at most " + MAX_CLUSTER_CHARS + " characters");
        }
        return Optional.empty();
    }

    private static boolean plain(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint == '\t'
                || !(type == Character.CONTROL || type == Character.SURROGATE || BIDI_CONTROLS.contains(codePoint));
    }
}
