package dev.triage.agents.master;

import dev.triage.model.Category;
import dev.triage.model.Finding;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a model's summary before it replaces the template: not empty, not overlong, naming the most urgent root
 * cause, and citing no finding id that this investigation does not have. Returns why not, if not.
 */
final class SummaryCheck {

    static final int MAX_CHARS = 6000;

    private static final Set<String> CATEGORIES = Arrays.stream(Category.values())
            .map(c -> c.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern FINDING_ID = Pattern.compile("\\b([a-z_]+)/[A-Z][A-Za-z]+/[\\w.-]+(?:/[\\w.-]+)?");

    private SummaryCheck() {}

    static Optional<String> problem(String summary, CauseGraph graph) {
        if (summary == null || summary.isBlank()) {
            return Optional.of("empty");
        }
        if (summary.length() > MAX_CHARS) {
            return Optional.of("longer than " + MAX_CHARS + " characters");
        }
        Set<String> ids = graph.ordered().stream().map(Finding::id).collect(Collectors.toSet());
        Matcher m = FINDING_ID.matcher(summary);
        while (m.find()) {
            if (CATEGORIES.contains(m.group(1)) && !ids.contains(m.group())) {
                return Optional.of("cites " + m.group() + ", which is not a finding");
            }
        }
        Optional<Finding> top = graph.rootCauses().stream().findFirst();
        if (top.isPresent() && !summary.contains(top.get().name())) {
            return Optional.of(
                    "does not name the most urgent root cause, " + top.get().name());
        }
        return Optional.empty();
    }
}
