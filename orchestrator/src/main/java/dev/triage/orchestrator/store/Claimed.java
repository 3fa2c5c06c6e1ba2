package dev.triage.orchestrator.store;

import dev.triage.model.InvestigationReport;

/**
 * A QUEUED investigation a runner has just claimed: now RUNNING and held by that runner.
 *
 * @param report its stored report so far (id, question, cluster, namespace, time of the request)
 * @param request what the row keeps of the request
 * @param attempt which attempt this is, from 1
 */
public record Claimed(InvestigationReport report, RequestRow request, int attempt) {}
