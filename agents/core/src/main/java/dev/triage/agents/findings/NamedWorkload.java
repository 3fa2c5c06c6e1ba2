package dev.triage.agents.findings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workload a question about slowness names: "why is search slow?", "checkout is throttled", "latency of cart".
 * A name that is no workload costs one empty answer, after which the analysis widens to the namespace.
 */
public final class NamedWorkload {

    private static final String NAME = "([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)";
    private static final String SLOW = "(?:slow\\w*|laggy|lagging|throttled|saturated|timing out|hanging)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)\\bwhy\\s+(?:is|are)\\s+(?:the\\s+)?" + NAME
                    + "(?:\\s+(?:service|deployment|app|pods?))?\\s+(?:so\\s+|very\\s+|really\\s+)?" + SLOW),
            Pattern.compile("(?i)\\b" + NAME + "(?:\\s+(?:service|deployment|app|pods?))?\\s+(?:is|are|seems?|got)\\s+"
                    + "(?:so\\s+|very\\s+|really\\s+)?" + SLOW),
            Pattern.compile(
                    "(?i)\\b(?:latency|response times?|p9[59]|throttling)\\s+(?:of|on|in|for)\\s+(?:the\\s+)?" + NAME),
            Pattern.compile("(?i)\\bslow\\s+" + NAME + "\\s+(?:service|deployment|app|pods?|requests?)\\b"));
    private static final Set<String> NOT_NAMES = Set.of(
            "it",
            "this",
            "that",
            "everything",
            "the",
            "what",
            "who",
            "cluster",
            "site",
            "website",
            "app",
            "service",
            "api",
            "things",
            "system",
            "all",
            "my",
            "our",
            "so",
            "it's");

    private NamedWorkload() {}

    public static Optional<String> in(String question) {
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(question);
            while (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                if (!NOT_NAMES.contains(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }
}
