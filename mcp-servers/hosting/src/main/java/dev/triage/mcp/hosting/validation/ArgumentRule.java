package dev.triage.mcp.hosting.validation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a string argument must be before any request is built from it, said the way the upstream API says it (the
 * Kubernetes API's DNS-1123 rules, a closed set of kinds...). A value is checked exactly as received: nothing is
 * trimmed, lower-cased or decoded first, so {@code " shop"}, {@code "Shop"} and {@code "shop%2F"} are refused.
 *
 * @param rule what the value must be, as the error says it, e.g. "a DNS-1123 label (...)"
 * @param maxLength the longest value allowed, in UTF-16 units (also published in the tool's schema)
 * @param pattern an ECMA-262 pattern for the tool's schema, when the rule is one; empty otherwise
 * @param test the check itself
 */
public record ArgumentRule(String rule, int maxLength, Optional<String> pattern, Predicate<String> test) {

    public ArgumentRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(test, "test");
    }

    /** A rule that is exactly a regular expression (anchored), within {@code maxLength}. */
    public static ArgumentRule matching(String rule, int maxLength, String regex) {
        Pattern compiled = Pattern.compile(regex);
        return new ArgumentRule(rule, maxLength, Optional.of("^(?:" + regex + ")$"), value -> compiled.matcher(value)
                .matches());
    }

    /** One of a closed set of names, compared ignoring case. */
    public static ArgumentRule oneOf(String what, Collection<String> allowed) {
        List<String> names = List.copyOf(allowed);
        int longest = names.stream().mapToInt(String::length).max().orElse(1);
        String listed = names.size() <= 12 ? ": " + String.join(", ", names) : " (" + names.size() + " names)";
        return new ArgumentRule(what + listed, longest, Optional.empty(), value -> names.stream()
                .anyMatch(name -> name.equalsIgnoreCase(value)));
    }

    /** Why {@code value} breaks the rule, quoting a bounded prefix of it; empty when it keeps the rule. */
    public Optional<String> problem(String value) {
        if (value.length() <= maxLength && test.test(value)) {
            return Optional.empty();
        }
        return Optional.of("must be " + rule + ", got " + quoted(value));
    }

    /** This rule added to a string property's JSON schema, so clients see it before they call. */
    public Map<String, Object> constrain(Map<String, Object> property) {
        String said = "must be " + rule;
        if (property.get("description") instanceof String description && description.endsWith(said)) {
            return property;
        }
        Map<String, Object> constrained = new LinkedHashMap<>(property);
        constrained.put("maxLength", maxLength);
        pattern.ifPresent(regex -> constrained.put("pattern", regex));
        Object description = property.get("description");
        constrained.put("description", (description == null ? "" : description + "; ") + said);
        return constrained;
    }

    private static final int QUOTED_CODE_POINTS = 40;

    /**
     * A refused value quoted back: a bounded prefix with anything but printable ASCII escaped, so an error neither
     * grows with its input nor carries a newline, a bidi override or a lookalike into a model's context.
     */
    private static String quoted(String value) {
        int length = value.codePointCount(0, value.length());
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().limit(QUOTED_CODE_POINTS).forEach(cp -> quoted.append(printable(cp)));
        quoted.append(length > QUOTED_CODE_POINTS ? "…\"" : "\"");
        return length > QUOTED_CODE_POINTS ? quoted + " (" + length + " characters)" : quoted.toString();
    }

    private static String printable(int codePoint) {
        if (codePoint >= 0x20 && codePoint < 0x7f && codePoint != '"' && codePoint != '\\') {
            return Character.toString(codePoint);
        }
        return codePoint <= 0xffff
                ? String.format("\\u%04x", codePoint)
                : String.format(
                        "\\u%04x\\u%04x",
                        (int) Character.highSurrogate(codePoint), (int) Character.lowSurrogate(codePoint));
    }
}
