package dev.triage.orchestrator.store;

import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.ModelCall;
import dev.triage.model.RouteStep;
import dev.triage.model.ToolCall;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of progress an investigation reports, by their SSE event names, with the payload each carries. */
public enum EventType {
    AGENT_STARTED("agent-started", RouteStep.class),
    AGENT_FINISHED("agent-finished", AgentOutcome.class),
    TOOL_CALLED("tool-called", ToolCall.class),
    FINDING("finding", Finding.class),
    MODEL_CALLED("model-called", ModelCall.class),
    /** Always the last event of an investigation: the final report is stored when it is written. */
    REPORT_READY("report-ready", InvestigationReport.class);

    private final String wireName;
    private final Class<?> payloadType;

    EventType(String wireName, Class<?> payloadType) {
        this.wireName = wireName;
        this.payloadType = payloadType;
    }

    public String wireName() {
        return wireName;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    /** {@code payload}, when it is what this type of event carries. */
    public Object requireCarries(Object payload) {
        if (!payloadType.isInstance(payload)) {
            throw new IllegalArgumentException(wireName + " carries a " + payloadType.getSimpleName());
        }
        return payload;
    }

    /** Empty for a name this version does not know (written by a newer replica sharing the database). */
    public static Optional<EventType> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}
