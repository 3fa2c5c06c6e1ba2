package dev.triage.mcp.cloudwatch.logs;

import dev.triage.kubernetes.snapshot.SnapshotLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A snapshot's container logs as the Container Insights application log group
 * ({@code /aws/containerinsights/<cluster>/application}), one stream per container log named
 * {@code <pod>_<namespace>_<container>} ({@code -previous} for the terminated instance's log), so a stream prefix
 * of a workload name selects its pods. Lines take the time they start with; lines without one take the last seen.
 */
public final class SnapshotLogSource implements LogSource {

    private final Path root;
    private final String logGroup;
    private final Instant capturedAt;

    public SnapshotLogSource(Path root, String cluster, Instant capturedAt) {
        this.root = root;
        this.logGroup = ContainerInsightsLogGroups.application(cluster);
        this.capturedAt = capturedAt;
    }

    @Override
    public Optional<String> insightsUnavailable() {
        return Optional.of("a snapshot has no Logs Insights engine; its container logs are the log group " + logGroup
                + ": use filter_log_events on it (terms, \"phrases\", ?any, -exclude)");
    }

    @Override
    public String startQuery(List<String> logGroups, String query, Instant start, Instant end, int limit) {
        throw new LogQueryException(insightsUnavailable().orElseThrow());
    }

    @Override
    public InsightsResults queryResults(String queryId) {
        throw new LogQueryException(insightsUnavailable().orElseThrow());
    }

    @Override
    public LogEvents filterLogEvents(EventFilter filter) {
        if (!filter.logGroup().equals(logGroup)) {
            throw new LogQueryException("no log group '" + filter.logGroup() + "' in snapshot " + root
                    + "; it has one: " + logGroup + " (the containers' logs)");
        }
        Optional<FilterPattern> pattern = filter.pattern().map(FilterPattern::parse);
        List<LogEvents.Event> matched = streams()
                .filter(stream ->
                        filter.streamPrefix().map(stream.name()::startsWith).orElse(true))
                .flatMap(stream -> stream.events(capturedAt))
                .filter(event ->
                        !event.at().isBefore(filter.start()) && event.at().isBefore(filter.end()))
                .filter(event -> pattern.map(p -> p.matches(event.message())).orElse(true))
                .sorted(Comparator.comparing(LogEvents.Event::at))
                .toList();
        return new LogEvents(
                matched.subList(0, Math.min(matched.size(), filter.limit())), matched.size() > filter.limit());
    }

    @Override
    public String describe() {
        return "snapshot " + root;
    }

    private Stream<SnapshotLogStream> streams() {
        Path logs = root.resolve(SnapshotLayout.LOGS);
        if (!Files.isDirectory(logs)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(logs, 3)) {
            return files
                    .filter(file -> file.toString().endsWith(".log") && Files.isRegularFile(file))
                    .map(file -> SnapshotLogStream.of(logs, file))
                    .flatMap(Optional::stream)
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + logs, e);
        }
    }
}
