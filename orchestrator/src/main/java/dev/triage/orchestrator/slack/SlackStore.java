package dev.triage.orchestrator.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the Slack channel keeps in the service's database, shared by every replica: interaction payloads and
 * slash commands already handled, the approvals its Execute buttons run, the reports it posted, and the thread of each alert.
 */
final class SlackStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    SlackStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True the first time a payload with this digest arrives; a replay of it is false. Forgets the stale ones. */
    boolean firstTime(String payloadSha256) {
        Instant now = clock.instant();
        jdbc.sql("delete from slack_interactions where received_at < :before")
                .param("before", utc(now.minus(RequestSignatures.WINDOW.multipliedBy(2))))
                .update();
        return jdbc.sql("""
                        insert into slack_interactions (payload_sha256, received_at) values (:digest, :now)
                        on conflict do nothing
                        """)
                        .param("digest", payloadSha256)
                        .param("now", utc(now))
                        .update()
                > 0;
    }

    /** The SHA-256 of {@code text}, in hex: what {@link #firstTime} remembers. */
    static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    void holdApproval(String proposalId, String approvalId, String approvedBy, Instant at) {
        jdbc.sql("""
                        insert into slack_approvals (proposal_id, approval_id, approved_by, approved_at)
                        values (:proposal, :approval, :by, :at)
                        on conflict (proposal_id) do update set approval_id = excluded.approval_id,
                            approved_by = excluded.approved_by, approved_at = excluded.approved_at
                        """)
                .param("proposal", proposalId)
                .param("approval", approvalId)
                .param("by", approvedBy)
                .param("at", utc(at))
                .update();
    }

    /** The approval given in Slack for the proposal, if one was. */
    Optional<String> approvalFor(String proposalId) {
        return jdbc.sql("select approval_id from slack_approvals where proposal_id = :proposal")
                .param("proposal", proposalId)
                .query(String.class)
                .optional();
    }

    /** True when this call claims the investigation's report for posting; false when it was posted already. */
    boolean claimDelivery(String investigationId, String target, Instant at) {
        return jdbc.sql("""
                        insert into slack_deliveries (investigation_id, target, delivered_at)
                        values (:id, :target, :at) on conflict do nothing
                        """)
                        .param("id", UUID.fromString(investigationId))
                        .param("target", target)
                        .param("at", utc(at))
                        .update()
                > 0;
    }

    /** The thread the alert's first report started in the channel, if it has one. */
    Optional<String> thread(String fingerprint, String channel) {
        return jdbc.sql("select thread_ts from slack_threads where fingerprint = :fingerprint and channel = :channel")
                .param("fingerprint", fingerprint)
                .param("channel", channel)
                .query(String.class)
                .optional();
    }

    void keepThread(String fingerprint, String channel, String threadTs, Instant at) {
        jdbc.sql("""
                        insert into slack_threads (fingerprint, channel, thread_ts, created_at)
                        values (:fingerprint, :channel, :ts, :at)
                        on conflict (fingerprint) do update set channel = excluded.channel, thread_ts = excluded.thread_ts,
                            created_at = excluded.created_at
                        """)
                .param("fingerprint", fingerprint)
                .param("channel", channel)
                .param("ts", threadTs)
                .param("at", utc(at))
                .update();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
