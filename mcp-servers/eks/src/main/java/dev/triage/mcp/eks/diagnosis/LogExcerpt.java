package dev.triage.mcp.eks.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the log line that best explains a failure, to quote exactly. Lines score by the markers they carry (a fatal
 * level, an exception, "not set", "refused", "denied", ...); the highest wins, and of equals the latest, since the
 * last explanation before a crash is usually the closest to its cause.
 *
 * @param quote the line to quote, exactly as logged
 * @param problemLines every line carrying some failure marker, to look for the Services they name
 */
record LogExcerpt(String quote, List<String> problemLines) {

    private static final int SUMMARY_LIMIT = 200;

    private static final Map<Pattern, Integer> MARKERS = Map.of(
            Pattern.compile("\\b(FATAL|CRITICAL|PANIC|panic:)"), 6,
            Pattern.compile("[A-Za-z0-9_.$]*(Exception|Error)\\b:"), 5,
            Pattern.compile("\\bERROR\\b"), 4,
            Pattern.compile("(?i)\\b(not set|missing|undefined|unset)\\b"), 3,
            Pattern.compile("(?i)(refused|denied|forbidden|unauthori[sz]ed)"), 3,
            Pattern.compile("(?i)(not found|no such|cannot|can't|could not|couldn't|unable to|unavailable)"), 2,
            Pattern.compile("(?i)\\b(failed|failure|timeout|timed out|exceeded)\\b"), 1,
            Pattern.compile("\\bWARN(ING)?\\b"), 1,
            Pattern.compile("\\berror\\b"), 1);

    /** The most explanatory line, or the last line when none carries a marker or {@code lastLine} is asked for. */
    static LogExcerpt of(String log, boolean lastLine) {
        List<String> lines = log.lines()
                .map(LogExcerpt::stripCarriageReturn)
                .filter(l -> !l.isBlank())
                .toList();
        if (lines.isEmpty()) {
            return new LogExcerpt("", List.of());
        }
        String best = lines.getLast();
        int bestScore = 0;
        List<String> problems = new java.util.ArrayList<>();
        for (String line : lines) {
            int score = score(line);
            if (score > 0) {
                problems.add(line);
            }
            if (score > 0 && score >= bestScore) {
                best = line;
                bestScore = score;
            }
        }
        return new LogExcerpt(lastLine ? lines.getLast() : best, problems);
    }

    static int score(String line) {
        return MARKERS.entrySet().stream()
                .filter(e -> e.getKey().matcher(line).find())
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    /** The quote for a one-line summary: stripped and cut short (the evidence keeps it whole). */
    String brief() {
        String stripped = quote.strip();
        return stripped.length() <= SUMMARY_LIMIT ? stripped : stripped.substring(0, SUMMARY_LIMIT) + "…";
    }

    boolean isEmpty() {
        return quote.isEmpty();
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
