package dev.triage.orchestrator.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Feedback on reports, one verdict per person and investigation (a second click replaces the first). The one place
 * feedback is written and read: a channel records it here, and whatever scores it (LangFuse) reads it from here.
 */
@Repository
public class FeedbackStore {

    private final JdbcClient jdbc;
    private final ObjectProvider<FeedbackListener> listeners;

    FeedbackStore(JdbcClient jdbc, ObjectProvider<FeedbackListener> listeners) {
        this.jdbc = jdbc;
        this.listeners = listeners;
    }

    /** Records {@code feedback} and tells the listeners (tracing scores it); false when there is no such investigation. */
    public boolean record(Feedback feedback) {
        boolean recorded = insert(feedback);
        if (recorded) {
            listeners.orderedStream().forEach(listener -> listener.recorded(feedback));
        }
        return recorded;
    }

    private boolean insert(Feedback feedback) {
        return jdbc.sql("""
                        insert into investigation_feedback (investigation_id, person, verdict, channel, given_at)
                        select id, :person, :verdict, :channel, :givenAt from investigations where id = :id
                        on conflict (investigation_id, person)
                        do update set verdict = excluded.verdict, channel = excluded.channel, given_at = excluded.given_at
                        """)
                        .param("id", UUID.fromString(feedback.investigationId()))
                        .param("person", feedback.person())
                        .param("verdict", feedback.verdict().name())
                        .param("channel", feedback.channel())
                        .param("givenAt", feedback.givenAt().atOffset(ZoneOffset.UTC))
                        .update()
                > 0;
    }

    /** The feedback on one investigation, oldest first. */
    public List<Feedback> of(String investigationId) {
        return jdbc.sql("""
                        select investigation_id, person, verdict, channel, given_at from investigation_feedback
                        where investigation_id = :id order by given_at, person
                        """)
                .param("id", UUID.fromString(investigationId))
                .query(FeedbackStore::feedback)
                .list();
    }

    private static Feedback feedback(ResultSet rs, int row) throws SQLException {
        return new Feedback(
                rs.getString("investigation_id"),
                rs.getString("person"),
                Feedback.Verdict.valueOf(rs.getString("verdict")),
                rs.getString("channel"),
                rs.getObject("given_at", java.time.OffsetDateTime.class).toInstant());
    }
}
