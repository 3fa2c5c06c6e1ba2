package dev.triage.orchestrator.investigation;

import dev.triage.agents.InvestigationRequest;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.ModelCall;
import dev.triage.model.RouteStep;
import dev.triage.model.ToolCall;
import dev.triage.orchestrator.store.ProgressEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The reports the service writes itself: before the agents answer, when they cannot, and while they work. */
final class Reports {

    private Reports() {}

    /** The report of an investigation just accepted: the question, nothing found yet, waiting for a runner. */
    static InvestigationReport queued(InvestigationRequest request, Instant acceptedAt) {
        return withStatus(
                InvestigationReport.started(
                        request.id(), request.question(), request.cluster(), request.namespace(), acceptedAt),
                InvestigationStatus.QUEUED);
    }

    /** {@code report} with another status, everything else kept. */
    static InvestigationReport withStatus(InvestigationReport report, InvestigationStatus status) {
        return report.withStatus(status);
    }

    /** {@code report} ended as FAILED at {@code finishedAt}, keeping what it had, with {@code note} saying why. */
    static InvestigationReport failed(InvestigationReport report, String note, Instant finishedAt) {
        return report.withNote(note).endedAs(InvestigationStatus.FAILED, finishedAt);
    }

    /** A running investigation's report: the stored start plus the progress recorded so far. */
    static InvestigationReport withProgress(InvestigationReport running, List<ProgressEvent> events) {
        List<RouteStep> route = new ArrayList<>(running.route());
        List<Finding> findings = new ArrayList<>(running.findings());
        List<ModelCall> models = new ArrayList<>(running.models());
        List<ToolCall> toolCalls = new ArrayList<>(running.toolCalls());
        for (ProgressEvent event : events) {
            switch (event.payload()) {
                case RouteStep step -> route.add(step);
                case Finding finding -> findings.add(finding);
                case ModelCall call -> models.add(call);
                case ToolCall call -> toolCalls.add(call);
                default -> {}
            }
        }
        return running.withProgress(route, findings, models, toolCalls);
    }
}
