package dev.triage.orchestrator.investigation;

import dev.triage.agents.InvestigationEvent;
import dev.triage.agents.InvestigationEvent.AgentFinished;
import dev.triage.agents.InvestigationEvent.AgentStarted;
import dev.triage.agents.InvestigationEvent.FindingReported;
import dev.triage.agents.InvestigationEvent.ModelCalled;
import dev.triage.agents.InvestigationEvent.ReportReady;
import dev.triage.agents.InvestigationEvent.ToolCalled;
import dev.triage.agents.InvestigationListener;
import dev.triage.model.InvestigationReport;
import dev.triage.model.RouteStep;
import dev.triage.orchestrator.store.AgentOutcome;
import dev.triage.orchestrator.store.EventType;
import dev.triage.orchestrator.store.InvestigationStore;

/**
 * Stores one investigation's progress as it happens. Agents report from several threads: appends are serialized so
 * the stored order is the order things happened, and nothing is appended after the final report.
 */
final class EventRecorder implements InvestigationListener {

    private final String id;
    private final InvestigationStore store;
    private final EventSignals signals;
    private final RunnerLease lease;
    private final Announcer announcer;
    private boolean finished;

    EventRecorder(String id, InvestigationStore store, EventSignals signals, RunnerLease lease, Announcer announcer) {
        this.id = id;
        this.store = store;
        this.signals = signals;
        this.lease = lease;
        this.announcer = announcer;
    }

    @Override
    public synchronized void on(InvestigationEvent event) {
        if (finished) {
            return;
        }
        switch (event) {
            case AgentStarted started ->
                append(EventType.AGENT_STARTED, new RouteStep(started.agent(), started.reason()));
            case AgentFinished ended ->
                append(
                        EventType.AGENT_FINISHED,
                        ended.failed()
                                ? AgentOutcome.failed(ended.agent(), ended.failure())
                                : AgentOutcome.finished(ended.agent()));
            case ToolCalled called -> append(EventType.TOOL_CALLED, called.call());
            case FindingReported reported -> append(EventType.FINDING, reported.finding());
            case ModelCalled called -> append(EventType.MODEL_CALLED, called.call());
            // The run stores the report the runner returns, so report-ready is written only once it is stored.
            case ReportReady ignored -> {}
        }
    }

    /**
     * Stores the final report and its report-ready event, lets go of the lease, and announces it to the channels;
     * later events are dropped.
     */
    synchronized void finish(InvestigationReport report) {
        finished = true;
        boolean stored;
        try {
            stored = store.finish(report, lease.runner());
        } finally {
            // Stored or not, nothing here runs it any more: unheartbeated, a row left RUNNING is recovered in time.
            lease.release(id);
        }
        signals.signal();
        if (stored) {
            announcer.finished(report);
        }
    }

    private void append(EventType type, Object payload) {
        store.append(id, type, payload);
        signals.signal();
    }
}
