package dev.triage.mcp.runbook.tools;

import dev.triage.mcp.runbook.ledger.IncidentRecord;

/**
 * Where a new incident is announced beyond the ledger (a pager, a chat channel). None is built yet: declare a bean
 * of it to send one; create_incident calls every one after the record is stored, and a failure to notify does not
 * undo the record.
 */
@FunctionalInterface
public interface IncidentNotifier {

    void created(IncidentRecord incident);
}
