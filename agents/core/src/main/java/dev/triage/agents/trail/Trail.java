package dev.triage.agents.trail;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.observation.ModelAttempt;
import dev.triage.agents.observation.ToolInvocation;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.ModelCall;
import dev.triage.model.ToolCall;
import java.util.ArrayList;
import java.util.List;

/**
 * What one investigation did, for its report: the observer that keeps tool calls, model calls, notes, and the tool
 * results its agents saw (the record grounding checks quotes against), and passes everything on to the
 * investigation's other observers. Agents hold an agent's view of it ({@link #forAgent}), so the calls they make are
 * known to be theirs. Agents run in parallel and write here at once, so it is thread-safe.
 */
public final class Trail implements InvestigationObserver {

    private final Kept kept;
    private final InvestigationObserver next;
    private final String agent;

    public Trail(InvestigationObserver next) {
        this(new Kept(), next, null);
    }

    private Trail(Kept kept, InvestigationObserver next, String agent) {
        this.kept = kept;
        this.next = next;
        this.agent = agent;
    }

    /** A trail nobody else observes. */
    public static Trail silent() {
        return new Trail(InvestigationObserver.NONE);
    }

    /** The same trail, for what {@code agentName} does. */
    public Trail forAgent(String agentName) {
        return new Trail(kept, next, agentName);
    }

    /** The agent this view is for; {@code null} for the investigation's own. */
    public String agent() {
        return agent;
    }

    @Override
    public void investigationStarted() {
        next.investigationStarted();
    }

    @Override
    public void investigationFinished(InvestigationReport report) {
        next.investigationFinished(report);
    }

    @Override
    public void investigationFailed(InvestigationReport report, String reason) {
        next.investigationFailed(report, reason);
    }

    @Override
    public void agentStarted(String agentName, String reason) {
        next.agentStarted(agentName, reason);
    }

    @Override
    public void agentFinished(String agentName) {
        next.agentFinished(agentName);
    }

    @Override
    public void agentFailed(String agentName, String reason) {
        next.agentFailed(agentName, reason);
    }

    @Override
    public void modelStarted(ModelAttempt attempt) {
        next.modelStarted(attempt);
    }

    @Override
    public void modelFinished(ModelAttempt attempt, ModelCall call, ChatResponse response) {
        kept.add(call);
        next.modelFinished(attempt, call, response);
    }

    @Override
    public void modelFailed(ModelAttempt attempt, ModelCall call) {
        kept.add(call);
        next.modelFailed(attempt, call);
    }

    @Override
    public void modelRouted(ModelCall decision) {
        kept.add(decision);
        next.modelRouted(decision);
    }

    @Override
    public void toolStarted(ToolInvocation invocation) {
        next.toolStarted(invocation);
    }

    @Override
    public void toolFinished(ToolInvocation invocation, ToolCall call, String resultText) {
        kept.saw(resultText);
        kept.add(call);
        next.toolFinished(invocation, call, resultText);
    }

    @Override
    public void toolFailed(ToolInvocation invocation, ToolCall call) {
        kept.add(call);
        next.toolFailed(invocation, call);
    }

    @Override
    public void findingReported(Finding finding) {
        next.findingReported(finding);
    }

    @Override
    public void claimsGrounded(int claimed, int kept) {
        next.claimsGrounded(claimed, kept);
    }

    @Override
    public void note(String note) {
        kept.note(note);
        next.note(note);
    }

    /** Whether {@code quote} appears in a tool result seen so far (as written, or as a JSON string holds it). */
    public boolean hasSeen(String quote) {
        return kept.hasSeen(quote);
    }

    public List<ToolCall> toolCalls() {
        return kept.toolCalls();
    }

    public List<ModelCall> modelCalls() {
        return kept.modelCalls();
    }

    public List<String> notes() {
        return kept.notes();
    }

    /** What every view of one trail shares. */
    private static final class Kept {

        private final List<ToolCall> toolCalls = new ArrayList<>();
        private final List<ModelCall> modelCalls = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final StringBuilder seen = new StringBuilder();

        synchronized void add(ToolCall call) {
            toolCalls.add(call);
        }

        synchronized void add(ModelCall call) {
            modelCalls.add(call);
        }

        synchronized void note(String note) {
            notes.add(note);
        }

        synchronized void saw(String toolResult) {
            seen.append(toolResult).append('\n');
        }

        synchronized boolean hasSeen(String quote) {
            return !quote.isBlank() && (seen.indexOf(quote) >= 0 || seen.indexOf(jsonEscaped(quote)) >= 0);
        }

        synchronized List<ToolCall> toolCalls() {
            return List.copyOf(toolCalls);
        }

        synchronized List<ModelCall> modelCalls() {
            return List.copyOf(modelCalls);
        }

        synchronized List<String> notes() {
            return List.copyOf(notes);
        }

        private static String jsonEscaped(String text) {
            return text.replace("\\", "\\\\")
                    .replace("\"", "\\\"")
                    .replace("\n", "\\n")
                    .replace("\t", "\\t");
        }
    }
}
