package dev.triage.orchestrator.store;

import dev.triage.model.InvestigationStatus;

/**
 * Which past investigations to list.
 *
 * @param status only those in this status; null for any
 * @param source only those asked through this channel (API, UI, SLACK, ALERTMANAGER...); null for any
 * @param limit at most this many
 */
public record HistoryQuery(InvestigationStatus status, String source, int limit) {}
