package dev.triage.mcp.runbook.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the ledger's parts share: the connection, transactions, JSON, and the audit writer. */
final class LedgerSql {

    static final String SERVER = "runbook-server";

    final JdbcClient jdbc;
    final TransactionTemplate transactions;
    final JsonMapper json = JsonMapper.builder().build();

    LedgerSql(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    void audit(String actor, AuditAction action, String proposalId, Map<String, ?> detail) {
        jdbc.sql("""
                        insert into runbook.audit (actor, action, proposal_id, detail)
                        values (:actor, :action, :proposalId, cast(:detail as jsonb))
                        """)
                .param("actor", actor)
                .param("action", action.name())
                .param("proposalId", proposalId)
                .param("detail", json.writeValueAsString(detail))
                .update();
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    JsonNode tree(ResultSet row, String column) throws SQLException {
        return json.readTree(row.getString(column));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
