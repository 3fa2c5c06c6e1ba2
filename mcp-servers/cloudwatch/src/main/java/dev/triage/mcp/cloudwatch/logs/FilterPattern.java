package dev.triage.mcp.cloudwatch.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The term form of CloudWatch filter pattern syntax, for sources that filter themselves: every plain term or
 * "quoted phrase" must appear, {@code -term} must not, and of the {@code ?term}s at least one must (case-sensitive,
 * as CloudWatch). JSON and space-delimited patterns ({@code { $.level = ... }}, {@code [ip, ...]}) need CloudWatch.
 */
record FilterPattern(List<String> all, List<String> none, List<String> any) {

    private static final Pattern TERM = Pattern.compile("([?-]?)(\"([^\"]*)\"|(\\S+))");

    static FilterPattern parse(String pattern) {
        String text = pattern.strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            throw new LogQueryException("the filter pattern '" + pattern + "' is a JSON or space-delimited pattern, "
                    + "which only CloudWatch Logs evaluates; here use terms, \"quoted phrases\", ?any and -exclude");
        }
        List<String> all = new ArrayList<>();
        List<String> none = new ArrayList<>();
        List<String> any = new ArrayList<>();
        Matcher term = TERM.matcher(text);
        while (term.find()) {
            String value = term.group(3) != null ? term.group(3) : term.group(4);
            switch (term.group(1)) {
                case "?" -> any.add(value);
                case "-" -> none.add(value);
                default -> all.add(value);
            }
        }
        return new FilterPattern(List.copyOf(all), List.copyOf(none), List.copyOf(any));
    }

    boolean matches(String message) {
        return all.stream().allMatch(message::contains)
                && none.stream().noneMatch(message::contains)
                && (any.isEmpty() || any.stream().anyMatch(message::contains));
    }
}
