package dev.triage.mcp.runbook.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The types a runbook parameter can have, each with a strict syntax. A string is only ever a Kubernetes-style name
 * (letters, digits, {@code - . _}): no value reaching a runbook can carry shell syntax, a path or a second
 * argument.
 */
public enum ParameterType {
    STRING("a name (letters, digits, '-', '.', '_'; at most 253 characters)", ParameterType::asName, null),
    INT("an integer", text -> text.matches("-?[0-9]{1,9}") ? text : null, BigDecimal::new),
    QUANTITY(
            "a quantity such as 512Mi, 2Gi, 500m or 1.5",
            text -> Quantities.parse(text).isPresent() ? text : null,
            text -> Quantities.parse(text).orElseThrow()),
    DURATION(
            "a duration such as 90s, 10m or 1h30m",
            text -> Durations.parse(text).isPresent() ? text : null,
            text -> BigDecimal.valueOf(Durations.parse(text).orElseThrow().toSeconds())),
    BOOL("true or false", text -> text.equals("true") || text.equals("false") ? text : null, null),
    ENUM("one of the listed values", ParameterType::asName, null);

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,251}[A-Za-z0-9])?");

    private final String syntax;
    private final Function<String, String> canonical;
    private final Function<String, BigDecimal> magnitude;

    ParameterType(String syntax, Function<String, String> canonical, Function<String, BigDecimal> magnitude) {
        this.syntax = syntax;
        this.canonical = canonical;
        this.magnitude = magnitude;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ParameterType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    /** Whether values of this type are ordered (so {@code min} and {@code max} apply). */
    public boolean ordered() {
        return magnitude != null;
    }

    /**
     * The value, checked against this type and the constraints.
     *
     * @throws IllegalArgumentException saying what is wrong, in words a model can act on
     */
    public String check(String value, Constraints constraints) {
        String text = canonical.apply(value.strip());
        if (text == null) {
            throw new IllegalArgumentException("must be " + syntax + ", got '" + value + "'");
        }
        if (this == ENUM && !constraints.values().contains(text)) {
            throw new IllegalArgumentException("must be one of " + constraints.values() + ", got '" + value + "'");
        }
        if (ordered()) {
            checkBounds(text, constraints);
        }
        return text;
    }

    private void checkBounds(String text, Constraints constraints) {
        BigDecimal amount = magnitude.apply(text);
        if (constraints.min() != null && amount.compareTo(magnitude.apply(constraints.min())) < 0) {
            throw new IllegalArgumentException("must be at least " + constraints.min() + ", got " + text);
        }
        if (constraints.max() != null && amount.compareTo(magnitude.apply(constraints.max())) > 0) {
            throw new IllegalArgumentException("must be at most " + constraints.max() + ", got " + text);
        }
    }

    private static String asName(String text) {
        return NAME.matcher(text).matches() ? text : null;
    }
}
