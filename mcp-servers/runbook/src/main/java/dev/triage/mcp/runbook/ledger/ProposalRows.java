package dev.triage.mcp.runbook.ledger;

import dev.triage.model.ResourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/** A {@code runbook.proposals} row read back, wherever a query selects one. */
final class ProposalRows {

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};

    private ProposalRows() {}

    static ProposalRecord read(LedgerSql sql, ResultSet row) throws SQLException {
        return new ProposalRecord(
                row.getString("proposal_id"),
                row.getString("runbook"),
                new ResourceRef(
                        row.getString("target_kind"), row.getString("target_namespace"), row.getString("target_name")),
                sql.json.readValue(row.getString("params"), PARAMS),
                sql.tree(row, "plan"),
                row.getString("risk"),
                row.getBoolean("requires_approval"),
                row.getString("status"),
                row.getString("finding_id"),
                LedgerSql.instant(row, "created_at"),
                row.getString("investigation_id"));
    }
}
