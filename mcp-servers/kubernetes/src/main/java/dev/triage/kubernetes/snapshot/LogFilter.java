package dev.triage.kubernetes.snapshot;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Applies a log query to a stored log in the kubelet's order: since, then tail lines, then byte limit. */
final class LogFilter {

    private LogFilter() {}

    static byte[] apply(String log, LogQuery query) {
        List<String> lines = lines(log);
        if (query.since() != null) {
            lines = lines.stream().filter(line -> !before(line, query.since())).toList();
        }
        if (query.tailLines() >= 0 && lines.size() > query.tailLines()) {
            lines = lines.subList(lines.size() - query.tailLines(), lines.size());
        }
        byte[] bytes = String.join("", lines).getBytes(StandardCharsets.UTF_8);
        if (query.limitBytes() >= 0 && bytes.length > query.limitBytes()) {
            return Arrays.copyOf(bytes, (int) query.limitBytes());
        }
        return bytes;
    }

    /** Lines with their terminators, so the output is byte for byte what was stored. */
    private static List<String> lines(String log) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < log.length()) {
            int end = log.indexOf('\n', start);
            end = end < 0 ? log.length() : end + 1;
            lines.add(log.substring(start, end));
            start = end;
        }
        return lines;
    }

    /** Only a line that starts with an RFC 3339 time can be judged; any other line is kept. */
    private static boolean before(String line, Instant since) {
        if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
            return false;
        }
        int space = line.indexOf(' ');
        String first = (space < 0 ? line : line.substring(0, space)).strip();
        try {
            return OffsetDateTime.parse(first).toInstant().isBefore(since);
        } catch (DateTimeParseException notATime) {
            return false;
        }
    }
}
