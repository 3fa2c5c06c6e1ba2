package dev.triage.agents.trail;

import dev.triage.agents.redaction.Redactor;
import dev.triage.agents.routing.RulesTierSelected;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks a model and says whether its answer may be used. Empty means the caller's rules tier answers: the router
 * chose rules (already recorded as a model call), or the model's answer failed (noted, since the reader should know
 * a model was tried and why it was not used).
 */
public final class ModelTurn {

    private static final int MESSAGE_CHARS = 200;

    private ModelTurn() {}

    public static <T> Optional<T> ask(String agent, Trail trail, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException e) {
            if (!rulesSelected(e)) {
                trail.note(agent + ": the model's answer could not be used (" + describe(e)
                        + "); the rules tier answered instead.");
            }
            return Optional.empty();
        }
    }

    private static boolean rulesSelected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RulesTierSelected) {
                return true;
            }
        }
        return false;
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage() == null ? "" : ": " + Redactor.redact(e.getMessage());
        String text = e.getClass().getSimpleName() + message;
        return text.length() > MESSAGE_CHARS ? text.substring(0, MESSAGE_CHARS) + "..." : text;
    }
}
