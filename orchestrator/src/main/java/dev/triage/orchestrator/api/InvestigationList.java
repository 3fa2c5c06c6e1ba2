package dev.triage.orchestrator.api;

import dev.triage.orchestrator.store.InvestigationSummary;
import java.util.List;

/** The answer of {@code GET /api/v1/investigations}: the most recent first. */
record InvestigationList(List<InvestigationSummary> investigations) {}
