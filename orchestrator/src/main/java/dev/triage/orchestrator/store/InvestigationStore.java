package dev.triage.orchestrator.store;

import dev.triage.agents.routing.RequestSource;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Investigations and their progress in PostgreSQL. One writer per investigation at a time (the run that holds it, or
 * the recovery of a replica that found its lease run out), so numbering events with {@code max(seq) + 1} keeps them in
 * the order they happened.
 */
@Repository
public class InvestigationStore {

    // The database's clock judges heartbeats, so replicas' clocks need not agree.
    private static final String ABANDONED = """
            status = 'RUNNING' and runner_id is distinct from :self
            and (heartbeat_at is null or heartbeat_at < now() - cast(:leaseMillis as bigint) * interval '1 millisecond')
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    InvestigationStore(JdbcClient jdbc, PlatformTransactionManager transactionManager, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
    }

    /**
     * Records a new investigation as QUEUED, for any runner to claim; {@code queued} is its report so far (question,
     * cluster, time of the request), {@code request} what else the row keeps of the request. Committed on return.
     */
    public void create(InvestigationReport queued, RequestRow request) {
        jdbc.sql("""
                        insert into investigations (id, status, question, cluster, namespace, source, created_at, report,
                            severity, alert_text, fingerprint, reply_target, requester)
                        values (:id, 'QUEUED', :question, :cluster, :namespace, :source, :createdAt, cast(:report as jsonb),
                            :severity, :alertText, :fingerprint, :replyTarget, :requester)
                        """)
                .param("id", uuid(queued.id()))
                .param("question", queued.question())
                .param("cluster", queued.cluster())
                .param("namespace", queued.namespace(), Types.VARCHAR)
                .param("source", request.source().name())
                .param("createdAt", utc(queued.startedAt()))
                .param("report", json.writeValueAsString(queued))
                .param(
                        "severity",
                        request.severity() == null ? null : request.severity().name(),
                        Types.VARCHAR)
                .param("alertText", request.alertText(), Types.VARCHAR)
                .param("fingerprint", request.fingerprint(), Types.VARCHAR)
                .param("replyTarget", request.replyTarget(), Types.VARCHAR)
                .param("requester", request.requester(), Types.VARCHAR)
                .update();
    }

    /**
     * {@link #create}, unless an investigation of the same {@link RequestRow#fingerprint} is queued, running, or
     * finished less than {@code window} ago: then nothing is written and that investigation's id is returned. Decided
     * by the database (a primary key and an upsert), so concurrent requests, on any replica, start one investigation.
     */
    public Optional<String> createUnlessDuplicate(InvestigationReport queued, RequestRow request, Duration window) {
        return transactions.execute(status -> {
            boolean ours = jdbc.sql("""
                            insert into alert_dedupe (fingerprint, investigation_id, created_at)
                            values (:fingerprint, :id, now())
                            on conflict (fingerprint) do update
                                set investigation_id = excluded.investigation_id, created_at = excluded.created_at
                                where exists (
                                    select 1 from investigations i where i.id = alert_dedupe.investigation_id
                                    and i.status in ('COMPLETED', 'FAILED')
                                    and i.finished_at < now() - cast(:windowMillis as bigint) * interval '1 millisecond')
                            returning investigation_id
                            """)
                    .param("fingerprint", request.fingerprint())
                    .param("id", uuid(queued.id()))
                    .param("windowMillis", window.toMillis())
                    .query(UUID.class)
                    .optional()
                    .isPresent();
            if (ours) {
                create(queued, request);
                return Optional.<String>empty();
            }
            return Optional.of(investigationOf(request.fingerprint()).orElseThrow());
        });
    }

    /**
     * Notes that the alert of {@code fingerprint} has resolved, on the investigation it started (its report says so
     * from now on). The investigation's id; empty when no investigation has that fingerprint.
     */
    public Optional<String> resolveAlert(String fingerprint, Instant resolvedAt) {
        return jdbc.sql("""
                        update investigations set alert_resolved_at = :at
                        where id = (select investigation_id from alert_dedupe where fingerprint = :fingerprint)
                        returning id
                        """)
                .param("fingerprint", fingerprint)
                .param("at", utc(resolvedAt))
                .query(UUID.class)
                .optional()
                .map(UUID::toString);
    }

    private Optional<String> investigationOf(String fingerprint) {
        return jdbc.sql("select investigation_id from alert_dedupe where fingerprint = :fingerprint")
                .param("fingerprint", fingerprint)
                .query(UUID.class)
                .optional()
                .map(UUID::toString);
    }

    /**
     * Claims the oldest QUEUED investigation of {@code cluster} for {@code runner}: it becomes RUNNING (its stored
     * report says so too), heartbeated now, one attempt more. Rows another runner is claiming at the same moment are
     * skipped, not waited for, so runners on every replica claim different rows. Empty when none is queued.
     */
    public Optional<Claimed> claimNext(UUID runner, String cluster) {
        return claimNext(runner, Set.of(cluster));
    }

    /** As {@link #claimNext(UUID, String)}, the oldest QUEUED investigation of any of {@code clusters}. */
    public Optional<Claimed> claimNext(UUID runner, Set<String> clusters) {
        return jdbc.sql("""
                        update investigations set status = 'RUNNING', runner_id = :runner, heartbeat_at = now(),
                            attempts = attempts + 1, report = jsonb_set(report, '{status}', '"RUNNING"')
                        where id = (
                            select id from investigations where status = 'QUEUED' and cluster in (:clusters)
                            order by created_at, id limit 1 for update skip locked)
                        returning report, source, severity, alert_text, fingerprint, reply_target, requester, attempts
                        """)
                .param("runner", runner)
                .param("clusters", List.copyOf(clusters))
                .query((rs, row) -> new Claimed(
                        read(rs.getString("report"), InvestigationReport.class),
                        requestRow(rs, row),
                        rs.getInt("attempts")))
                .optional();
    }

    /**
     * Puts back in the queue, to be run again from the start, the investigations {@link #abandoned} would return that
     * have been attempted fewer than {@code maxAttempts} times; the progress of the interrupted attempt is dropped.
     * Returns their ids.
     */
    public List<String> requeueAbandoned(UUID self, Duration lease, int maxAttempts) {
        return transactions.execute(status -> {
            List<UUID> ids = jdbc.sql("""
                            update investigations set status = 'QUEUED', runner_id = null, heartbeat_at = null,
                                report = jsonb_set(report, '{status}', '"QUEUED"')
                            where attempts < :maxAttempts and\s""" + ABANDONED + " returning id")
                    .params(abandonedParams(self, lease))
                    .param("maxAttempts", maxAttempts)
                    .query(UUID.class)
                    .list();
            if (!ids.isEmpty()) {
                jdbc.sql("delete from investigation_events where investigation_id in (:ids)")
                        .param("ids", ids)
                        .update();
            }
            return ids.stream().map(UUID::toString).toList();
        });
    }

    /** What the row keeps of the request beside its report. */
    public Optional<RequestRow> request(String id) {
        return jdbc.sql("""
                        select source, severity, alert_text, fingerprint, reply_target, requester from investigations
                        where id = :id
                        """)
                .param("id", uuid(id))
                .query(InvestigationStore::requestRow)
                .optional();
    }

    /** How many investigations, of every replica, are in {@code status} now: the queue's depth for metrics. */
    public long count(InvestigationStatus status) {
        return jdbc.sql("select count(*) from investigations where status = :status")
                .param("status", status.name())
                .query(Long.class)
                .single();
    }

    /** Tells other replicas that {@code runner} still runs these investigations (those still RUNNING). */
    public void heartbeat(UUID runner, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update investigations set heartbeat_at = now()
                        where runner_id = :runner and status = 'RUNNING' and id in (:ids)
                        """)
                .param("runner", runner)
                .param("ids", ids.stream().map(InvestigationStore::uuid).toList())
                .update();
    }

    /** Appends one step of progress as the investigation's next event. */
    public void append(String id, EventType type, Object payload) {
        jdbc.sql("""
                        insert into investigation_events (investigation_id, seq, type, data, created_at)
                        select :id, coalesce(max(seq), 0) + 1, :type, cast(:data as jsonb), clock_timestamp()
                        from investigation_events where investigation_id = :id
                        """)
                .param("id", uuid(id))
                .param("type", type.wireName())
                .param("data", json.writeValueAsString(type.requireCarries(payload)))
                .update();
    }

    /**
     * Stores the final report and appends report-ready, in one transaction. False, and nothing written, when
     * {@code runner} does not hold it running any more (another replica found its lease run out and took it back).
     */
    public boolean finish(InvestigationReport report, UUID runner) {
        return finishWhere(report, "status = 'RUNNING' and runner_id = :runner", Map.of("runner", runner));
    }

    /**
     * {@link #finish} for an investigation found by {@link #abandoned}, if it still is: its runner may have come back
     * since. {@code self} and {@code lease} as given to {@link #abandoned}.
     */
    public boolean finishAbandoned(InvestigationReport report, UUID self, Duration lease) {
        return finishWhere(report, ABANDONED, abandonedParams(self, lease));
    }

    /** The stored report: the final one, or the skeleton written at creation while it runs. */
    public Optional<InvestigationReport> report(String id) {
        return jdbc.sql("select report, alert_resolved_at from investigations where id = :id")
                .param("id", uuid(id))
                .query((rs, row) -> resolved(
                        read(rs.getString("report"), InvestigationReport.class), instant(rs, "alert_resolved_at")))
                .optional();
    }

    // The alert's resolution is kept beside the report, which its runner may still be writing.
    private static InvestigationReport resolved(InvestigationReport report, Instant resolvedAt) {
        if (resolvedAt == null) {
            return report;
        }
        return report.withNote("the alert that started this investigation resolved at " + resolvedAt);
    }

    /** Events numbered after {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<ProgressEvent> eventsAfter(String id, int afterSeq, int limit) {
        return jdbc
                .sql("""
                        select seq, type, data from investigation_events
                        where investigation_id = :id and seq > :after order by seq limit :limit
                        """)
                .param("id", uuid(id))
                .param("after", afterSeq)
                .param("limit", limit)
                .query(this::event)
                .list()
                .stream()
                .flatMap(Optional::stream)
                .toList();
    }

    /** The number of the investigation's report-ready event, its last: empty while it has not ended. */
    public Optional<Integer> finalEventSeq(String id) {
        return jdbc.sql("""
                        select seq from investigation_events
                        where investigation_id = :id and type = :type order by seq desc limit 1
                        """)
                .param("id", uuid(id))
                .param("type", EventType.REPORT_READY.wireName())
                .query(Integer.class)
                .optional();
    }

    /** The most recent investigations, newest first. */
    public List<InvestigationSummary> recent(int limit) {
        return recent(new HistoryQuery(null, null, limit));
    }

    /** The most recent investigations that match {@code query}, newest first. */
    public List<InvestigationSummary> recent(HistoryQuery query) {
        return jdbc.sql("""
                        select id, status, question, cluster, namespace, source, created_at, finished_at,
                            findings, root_causes, remediations, split_part(report ->> 'summary', E'\\n', 1) as verdict
                        from investigations
                        where (cast(:status as text) is null or status = :status)
                            and (cast(:source as text) is null or source = :source)
                        order by created_at desc, id limit :limit
                        """)
                .param("status", query.status() == null ? null : query.status().name(), Types.VARCHAR)
                .param("source", query.source(), Types.VARCHAR)
                .param("limit", query.limit())
                .query(InvestigationStore::summary)
                .list();
    }

    /**
     * The reports of the investigations marked running whose runner has not heartbeated for longer than {@code lease}
     * or never did (stored before runners had leases), except those of {@code self}, this process's runner, that have
     * already been attempted {@code maxAttempts} times: those {@link #requeueAbandoned} leaves to be failed.
     */
    public List<InvestigationReport> abandoned(UUID self, Duration lease, int maxAttempts) {
        return jdbc.sql("select report from investigations where attempts >= :maxAttempts and " + ABANDONED
                        + " order by created_at")
                .params(abandonedParams(self, lease))
                .param("maxAttempts", maxAttempts)
                .query((rs, row) -> read(rs.getString("report"), InvestigationReport.class))
                .list();
    }

    private boolean finishWhere(InvestigationReport report, String condition, Map<String, Object> conditionParams) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int updated = jdbc.sql("""
                            update investigations set status = :status, finished_at = :finishedAt,
                                findings = :findings, root_causes = :rootCauses, remediations = :remediations,
                                report = cast(:report as jsonb)
                            where id = :id and\s""" + condition)
                    .param("id", uuid(report.id()))
                    .param("status", report.status().name())
                    .param("finishedAt", utc(report.finishedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("findings", report.findings().size())
                    .param("rootCauses", report.rootCauses().size())
                    .param("remediations", report.remediations().size())
                    .param("report", json.writeValueAsString(report))
                    .params(conditionParams)
                    .update();
            if (updated == 1) {
                append(report.id(), EventType.REPORT_READY, report);
            }
            return updated == 1;
        }));
    }

    private static Map<String, Object> abandonedParams(UUID self, Duration lease) {
        return Map.of("self", self, "leaseMillis", lease.toMillis());
    }

    private Optional<ProgressEvent> event(ResultSet rs, int row) throws SQLException {
        int seq = rs.getInt("seq");
        String data = rs.getString("data");
        return EventType.fromWireName(rs.getString("type"))
                .map(type -> new ProgressEvent(seq, type, read(data, type.payloadType())));
    }

    private static InvestigationSummary summary(ResultSet rs, int row) throws SQLException {
        return new InvestigationSummary(
                rs.getObject("id", UUID.class).toString(),
                InvestigationStatus.valueOf(rs.getString("status")),
                rs.getString("question"),
                rs.getString("cluster"),
                rs.getString("namespace"),
                rs.getString("source"),
                instant(rs, "created_at"),
                instant(rs, "finished_at"),
                new InvestigationSummary.Counts(
                        rs.getInt("findings"), rs.getInt("root_causes"), rs.getInt("remediations")),
                blankToNull(rs.getString("verdict")));
    }

    private static RequestRow requestRow(ResultSet rs, int row) throws SQLException {
        String severity = rs.getString("severity");
        return new RequestRow(
                source(rs.getString("source")),
                severity == null ? null : Severity.valueOf(severity),
                rs.getString("alert_text"),
                rs.getString("fingerprint"),
                rs.getString("reply_target"),
                rs.getString("requester"));
    }

    private static RequestSource source(String name) {
        return RequestSource.valueOf(name);
    }

    // Documents written by a newer version may carry fields this one does not know: they are skipped, not fatal.
    private <T> T read(String text, Class<T> type) {
        return json.readerFor(type)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
