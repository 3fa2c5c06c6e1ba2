package dev.triage.mcp.runbook.policy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Matches namespaces (or nodes) by name globs and labels; both given means both must hold. */
record Selector(Scope scope, List<Pattern> names, Map<String, String> labels) {

    Selector {
        names = List.copyOf(names);
        labels = Map.copyOf(labels);
    }

    boolean matches(PolicySubject subject) {
        return subject.scope() == scope
                && (names.isEmpty()
                        || names.stream()
                                .anyMatch(glob -> glob.matcher(subject.name()).matches()))
                && labels.entrySet().stream().allMatch(label -> label.getValue()
                        .equals(subject.labels().get(label.getKey())));
    }

    /** {@code *} any run of characters, {@code ?} one character, anything else itself. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
