package dev.triage.agents;

import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.ModelCall;
import dev.triage.model.ToolCall;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Passes events to the caller's listener; a listener that throws (a closed stream) cannot stop the work. */
final class Events {

    private static final Logger log = LoggerFactory.getLogger(Events.class);

    private final InvestigationListener listener;
    private final AtomicBoolean failed = new AtomicBoolean();

    Events(InvestigationListener listener) {
        this.listener = listener == null ? InvestigationListener.ignoring() : listener;
    }

    void agentStarted(String agent, String reason) {
        send(new InvestigationEvent.AgentStarted(agent, reason));
    }

    void toolCalled(ToolCall call) {
        send(new InvestigationEvent.ToolCalled(call));
    }

    void modelCalled(ModelCall call) {
        send(new InvestigationEvent.ModelCalled(call));
    }

    void findingReported(Finding finding) {
        send(new InvestigationEvent.FindingReported(finding));
    }

    void reportReady(InvestigationReport report) {
        send(new InvestigationEvent.ReportReady(report));
    }

    private void send(InvestigationEvent event) {
        try {
            listener.on(event);
        } catch (RuntimeException e) {
            if (failed.compareAndSet(false, true)) {
                log.warn(
                        "Investigation listener failed on {}, later failures not logged: {}",
                        event.getClass().getSimpleName(),
                        e.toString());
            }
        }
    }
}
