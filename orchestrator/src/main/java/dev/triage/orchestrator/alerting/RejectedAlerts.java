package dev.triage.orchestrator.alerting;

import dev.triage.agents.redaction.Redactor;
import dev.triage.agents.routing.RequestSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticated alerts that could not become an investigation, with the reason: nothing a pipeline sent is lost
 * silently. The alert is kept redacted, as the investigations keep alert text.
 */
final class RejectedAlerts {

    /** One rejected alert, as {@code GET /api/v1/alerts/rejected} lists it. */
    record Rejected(
            String id, RequestSource source, Instant receivedAt, String reason, String fingerprint, JsonNode alert) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RejectedAlerts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps the alert and why it was rejected; returns the rejection's id. */
    String keep(RequestSource source, String reason, String fingerprint, JsonNode alert, Instant receivedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into rejected_alerts (id, source, received_at, reason, fingerprint, alert)
                        values (:id, :source, :at, :reason, :fingerprint, cast(:alert as jsonb))
                        """)
                .param("id", id)
                .param("source", source.name())
                .param("at", receivedAt.atOffset(ZoneOffset.UTC))
                .param("reason", reason)
                .param("fingerprint", fingerprint, Types.VARCHAR)
                .param("alert", Redactor.redact(json.writeValueAsString(alert)))
                .update();
        return id.toString();
    }

    /** The most recent first. */
    List<Rejected> recent(int limit) {
        return jdbc.sql("""
                        select id, source, received_at, reason, fingerprint, alert from rejected_alerts
                        order by received_at desc, id limit :limit
                        """).param("limit", limit).query(this::rejected).list();
    }

    private Rejected rejected(ResultSet rs, int row) throws SQLException {
        return new Rejected(
                rs.getObject("id", UUID.class).toString(),
                RequestSource.valueOf(rs.getString("source")),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getString("reason"),
                rs.getString("fingerprint"),
                json.readTree(rs.getString("alert")));
    }
}
