package dev.triage.agents;

/** Receives an investigation's events, from the agents' threads; a listener that throws is logged and ignored. */
@FunctionalInterface
public interface InvestigationListener {

    void on(InvestigationEvent event);

    static InvestigationListener ignoring() {
        return event -> {};
    }
}
