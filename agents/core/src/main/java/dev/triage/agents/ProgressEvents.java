package dev.triage.agents;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.observation.ModelAttempt;
import dev.triage.agents.observation.ToolInvocation;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.ModelCall;
import dev.triage.model.ToolCall;

/** The observer a caller's {@link InvestigationListener} sees through: progress as events, each thing once it ends. */
final class ProgressEvents implements InvestigationObserver {

    private final InvestigationListener listener;

    private ProgressEvents(InvestigationListener listener) {
        this.listener = listener;
    }

    static InvestigationObserver to(InvestigationListener listener) {
        return listener == null ? NONE : new ProgressEvents(listener);
    }

    @Override
    public void agentStarted(String agent, String reason) {
        listener.on(new InvestigationEvent.AgentStarted(agent, reason));
    }

    @Override
    public void agentFinished(String agent) {
        listener.on(new InvestigationEvent.AgentFinished(agent, null));
    }

    @Override
    public void agentFailed(String agent, String reason) {
        listener.on(new InvestigationEvent.AgentFinished(agent, reason));
    }

    @Override
    public void toolFinished(ToolInvocation invocation, ToolCall call, String resultText) {
        listener.on(new InvestigationEvent.ToolCalled(call));
    }

    @Override
    public void toolFailed(ToolInvocation invocation, ToolCall call) {
        listener.on(new InvestigationEvent.ToolCalled(call));
    }

    @Override
    public void modelFinished(ModelAttempt attempt, ModelCall call, ChatResponse response) {
        listener.on(new InvestigationEvent.ModelCalled(call));
    }

    @Override
    public void modelFailed(ModelAttempt attempt, ModelCall call) {
        listener.on(new InvestigationEvent.ModelCalled(call));
    }

    @Override
    public void modelRouted(ModelCall decision) {
        listener.on(new InvestigationEvent.ModelCalled(decision));
    }

    @Override
    public void findingReported(Finding finding) {
        listener.on(new InvestigationEvent.FindingReported(finding));
    }

    @Override
    public void investigationFinished(InvestigationReport report) {
        listener.on(new InvestigationEvent.ReportReady(report));
    }

    @Override
    public void investigationFailed(InvestigationReport report, String reason) {
        listener.on(new InvestigationEvent.ReportReady(report));
    }
}
