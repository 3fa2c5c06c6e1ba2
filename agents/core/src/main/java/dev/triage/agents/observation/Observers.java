package dev.triage.agents.observation;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.ModelCall;
import dev.triage.model.ToolCall;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several observers as one, each told in turn. An observer that throws (a closed stream, a full exporter queue)
 * cannot stop the investigation or the observers after it: its failure is logged once and ignored.
 */
public final class Observers implements InvestigationObserver {

    private static final Logger log = LoggerFactory.getLogger(Observers.class);

    private final List<InvestigationObserver> observers;
    private final AtomicBoolean failed = new AtomicBoolean();

    private Observers(List<InvestigationObserver> observers) {
        this.observers = observers;
    }

    public static InvestigationObserver all(List<InvestigationObserver> observers) {
        List<InvestigationObserver> kept =
                observers.stream().filter(observer -> observer != NONE).toList();
        return kept.isEmpty() ? NONE : new Observers(kept);
    }

    public static InvestigationObserver all(InvestigationObserver... observers) {
        return all(List.of(observers));
    }

    @Override
    public void investigationStarted() {
        tell("investigationStarted", InvestigationObserver::investigationStarted);
    }

    @Override
    public void investigationFinished(InvestigationReport report) {
        tell("investigationFinished", o -> o.investigationFinished(report));
    }

    @Override
    public void investigationFailed(InvestigationReport report, String reason) {
        tell("investigationFailed", o -> o.investigationFailed(report, reason));
    }

    @Override
    public void agentStarted(String agent, String reason) {
        tell("agentStarted", o -> o.agentStarted(agent, reason));
    }

    @Override
    public void agentFinished(String agent) {
        tell("agentFinished", o -> o.agentFinished(agent));
    }

    @Override
    public void agentFailed(String agent, String reason) {
        tell("agentFailed", o -> o.agentFailed(agent, reason));
    }

    @Override
    public void modelStarted(ModelAttempt attempt) {
        tell("modelStarted", o -> o.modelStarted(attempt));
    }

    @Override
    public void modelFinished(ModelAttempt attempt, ModelCall call, ChatResponse response) {
        tell("modelFinished", o -> o.modelFinished(attempt, call, response));
    }

    @Override
    public void modelFailed(ModelAttempt attempt, ModelCall call) {
        tell("modelFailed", o -> o.modelFailed(attempt, call));
    }

    @Override
    public void modelRouted(ModelCall decision) {
        tell("modelRouted", o -> o.modelRouted(decision));
    }

    @Override
    public void toolStarted(ToolInvocation invocation) {
        tell("toolStarted", o -> o.toolStarted(invocation));
    }

    @Override
    public void toolFinished(ToolInvocation invocation, ToolCall call, String resultText) {
        tell("toolFinished", o -> o.toolFinished(invocation, call, resultText));
    }

    @Override
    public void toolFailed(ToolInvocation invocation, ToolCall call) {
        tell("toolFailed", o -> o.toolFailed(invocation, call));
    }

    @Override
    public void findingReported(Finding finding) {
        tell("findingReported", o -> o.findingReported(finding));
    }

    @Override
    public void claimsGrounded(int claimed, int kept) {
        tell("claimsGrounded", o -> o.claimsGrounded(claimed, kept));
    }

    @Override
    public void note(String note) {
        tell("note", o -> o.note(note));
    }

    private void tell(String what, Consumer<InvestigationObserver> call) {
        for (InvestigationObserver observer : observers) {
            try {
                call.accept(observer);
            } catch (RuntimeException e) {
                if (failed.compareAndSet(false, true)) {
                    log.warn(
                            "Observer {} failed on {}, later failures not logged: {}",
                            observer.getClass().getSimpleName(),
                            what,
                            e.toString());
                }
            }
        }
    }
}
