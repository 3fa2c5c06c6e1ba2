package dev.triage.mcp.eks.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the log line that best explains a failure, to quote exactly. A line says why by what it names (an exception,
 * "not set", "connection refused", "denied", ...) and how bad by its level (FATAL, ERROR, WARN); why counts first, how
 * bad breaks ties, and of equals the latest wins, since the last explanation before a crash is usually the closest to
 * its cause. A line that announces the end ("exiting", "shutting down", "giving up") reports the consequence: its
 * FATAL is not a reason, so it is quoted only when it says why itself, or nothing before it does.
 *
 * @param quote the line to quote, exactly as logged
 * @param problemLines every line carrying some failure marker, to look for the hosts they name
 */
record LogExcerpt(String quote, List<String> problemLines) {

    private static final int SUMMARY_LIMIT = 200;
    private static final int CAUSE_WEIGHT = 10;

    /** What a line says went wrong. */
    private static final Map<Pattern, Integer> CAUSES = Map.of(
            Pattern.compile("[A-Za-z0-9_.$]*(Exception|Error)\\b:"),
            5,
            Pattern.compile("(?i)\\b(not set|missing|undefined|unset)\\b"),
            3,
            Pattern.compile("(?i)(refused|denied|forbidden|unauthori[sz]ed)"),
            3,
            Pattern.compile(
                    "(?i)(connection reset|reset by peer|broken pipe|no route to host|no such host|unreachable|\\bEOF\\b)"),
            3,
            Pattern.compile("(?i)(not found|no such|cannot|can't|could not|couldn't|unable to|unavailable)"),
            2,
            Pattern.compile("(?i)\\bcaused by:"),
            2,
            Pattern.compile("(?i)\\b(failed|failure|timeout|timed out|exceeded)\\b"),
            1);

    /** How bad the line says it is. */
    private static final Map<Pattern, Integer> LEVELS = Map.of(
            Pattern.compile("\\b(FATAL|CRITICAL|PANIC|panic:)"), 6,
            Pattern.compile("(?i)\"?level\"?\\s*[=:]\\s*\"?(fatal|panic|critical)\\b"), 6,
            Pattern.compile("\\bERROR\\b"), 4,
            Pattern.compile("(?i)\"?level\"?\\s*[=:]\\s*\"?error\\b"), 4,
            Pattern.compile("\\bWARN(ING)?\\b"), 1,
            Pattern.compile("\\berror\\b"), 1);

    /** A line that announces the process stopping: the consequence of what came before it. */
    private static final Pattern ENDING = Pattern.compile("(?i)\\b(exiting|shutting down|terminating|giving up|aborting"
            + "|exit(?:ed)? with (?:code|status)|exit status)\\b");

    /** A connection to something else failing: a dependency, not the process itself, is in trouble. */
    private static final Pattern UNREACHABLE = Pattern.compile("(?i)(refused|connection reset|reset by peer|broken pipe"
            + "|no route to host|no such host|unreachable|timed out|timeout|i/o timeout|deadline exceeded|dial tcp"
            + "|(could not|couldn't|unable to|cannot|can't|failed to) (connect|reach|resolve)|connection (failed|error|"
            + "closed|lost)|connect(ion)? to server)");

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
        List<String> problems = new ArrayList<>();
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

    /**
     * What the line says went wrong, weighed first, then how bad it says it is; the level of a line announcing the end
     * says how the process ended, not why, so it counts as little as a warning.
     */
    static int score(String line) {
        int cause = sum(CAUSES, line);
        int level = sum(LEVELS, line);
        if (ENDING.matcher(line).find()) {
            return cause * CAUSE_WEIGHT + Math.min(level, 1);
        }
        return cause * CAUSE_WEIGHT + level;
    }

    /** Whether a problem line shows a connection to something else failing. */
    boolean showsUnreachable() {
        return problemLines.stream().anyMatch(line -> UNREACHABLE.matcher(line).find());
    }

    /** The quote for a one-line summary: stripped and cut short (the evidence keeps it whole). */
    String brief() {
        String stripped = quote.strip();
        return stripped.length() <= SUMMARY_LIMIT ? stripped : stripped.substring(0, SUMMARY_LIMIT) + "…";
    }

    boolean isEmpty() {
        return quote.isEmpty();
    }

    private static int sum(Map<Pattern, Integer> markers, String line) {
        return markers.entrySet().stream()
                .filter(e -> e.getKey().matcher(line).find())
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
