package dev.triage.agents;

import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.observation.Observers;
import java.util.HashMap;
import java.util.List;
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

    /** Each of {@code observers} opened for every investigation, their request headers merged. */
    static InvestigationObservers all(List<InvestigationObservers> observers) {
        List<InvestigationObservers> all = List.copyOf(observers);
        return new InvestigationObservers() {
            @Override
            public InvestigationObserver open(InvestigationRequest request) {
                return Observers.all(all.stream().map(o -> o.open(request)).toList());
            }

            @Override
            public Map<String, String> requestHeaders() {
                Map<String, String> headers = new HashMap<>();
                all.forEach(o -> headers.putAll(o.requestHeaders()));
                return headers;
            }
        };
    }
}
