package dev.triage.mcp.cloudwatch.logs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One container log file of a snapshot ({@code logs/<namespace>/<pod>/<container>[.previous].log}) as a stream. */
record SnapshotLogStream(String name, Path file) {

    private static final String PREVIOUS = ".previous.log";
    /** An RFC3339 time at the start of a line: bare, bracketed, logfmt's ts=/time=, or a JSON line's first field. */
    private static final Pattern LEADING_TIME =
            Pattern.compile("^(?:ts=|time=|\\[|\\{\"(?:ts|time|timestamp|@timestamp)\":)?"
                    + "\"?(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2}))");

    static Optional<SnapshotLogStream> of(Path logs, Path file) {
        Path relative = logs.relativize(file);
        if (relative.getNameCount() != 3) {
            return Optional.empty();
        }
        String fileName = relative.getName(2).toString();
        boolean previous = fileName.endsWith(PREVIOUS);
        String container = fileName.substring(0, fileName.length() - (previous ? PREVIOUS.length() : ".log".length()));
        String name = relative.getName(1) + "_" + relative.getName(0) + "_" + container + (previous ? "-previous" : "");
        return Optional.of(new SnapshotLogStream(name, file));
    }

    /** The lines as events; a line without a time of its own takes the last time seen, or {@code fallback}. */
    Stream<LogEvents.Event> events(Instant fallback) {
        List<LogEvents.Event> events = new ArrayList<>();
        Instant last = null;
        for (String line : lines()) {
            Instant at = leadingTime(line).orElse(last);
            events.add(new LogEvents.Event(at == null ? fallback : at, name, line));
            last = at;
        }
        return events.stream();
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Optional<Instant> leadingTime(String line) {
        Matcher time = LEADING_TIME.matcher(line);
        if (!time.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(time.group(1)).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
