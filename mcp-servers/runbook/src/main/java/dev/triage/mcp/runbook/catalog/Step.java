package dev.triage.mcp.runbook.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of a runbook: an action and its arguments. An argument is a literal or {@code ${param}}, a reference
 * to one of the runbook's parameters.
 */
public record Step(Action action, @JsonProperty("with") Map<String, String> arguments) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-z][a-z0-9_]*)}");

    public Step {
        Objects.requireNonNull(action, "action");
        arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
    }

    /** The parameter an argument refers to, when it is a {@code ${param}} reference. */
    public static Optional<String> reference(String argumentValue) {
        Matcher matcher = REFERENCE.matcher(argumentValue);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
