package dev.triage.agents;

import dev.triage.agents.observation.InvestigationObserver;
import java.util.Map;

/**
 * Opens the observers of one investigation (tracing, metrics) as it starts; each sees only its own investigation.
 * The report's trail and the caller's listener are always there besides.
 */
@FunctionalInterface
public interface InvestigationObservers {

    InvestigationObservers NONE = request -> InvestigationObserver.NONE;

    InvestigationObserver open(InvestigationRequest request);

    /** Headers every MCP request carries, read on the thread sending it (the trace context of the call). */
    default Map<String, String> requestHeaders() {
        return Map.of();
    }
}
