package dev.triage.agents;

import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.ModelCall;
import dev.triage.model.ToolCall;

/** Progress of an investigation as it happens, for streaming to a UI or a trace. */
public sealed interface InvestigationEvent {

    /** An agent began its part; {@code reason} is why the master routed to it. */
    record AgentStarted(String agent, String reason) implements InvestigationEvent {}

    /**
     * An agent ended its part: finished, or failed when {@code failure} says why in a line (null when it finished).
     */
    record AgentFinished(String agent, String failure) implements InvestigationEvent {

        public boolean failed() {
            return failure != null;
        }
    }

    record ToolCalled(ToolCall call) implements InvestigationEvent {}

    record FindingReported(Finding finding) implements InvestigationEvent {}

    record ModelCalled(ModelCall call) implements InvestigationEvent {}

    /** The last event: the report, COMPLETED or FAILED. */
    record ReportReady(InvestigationReport report) implements InvestigationEvent {}
}
