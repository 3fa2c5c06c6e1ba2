package dev.triage.agents.observation;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.ModelCall;
import dev.triage.model.ToolCall;

/**
 * The one place an investigation says what it does, as it does it: each piece of work (the investigation, an agent,
 * a model attempt, a tool call) is started, then finished or failed, on the thread doing it. The report's trail, the
 * progress stream and tracing are implementations. Calls come from the agents' threads at once; an implementation
 * must be thread-safe, and must not throw (the fan-out in {@link Observers} contains those that do).
 *
 * <p>Everything handed over is already redacted, except the raw model exchange, which an implementation that keeps
 * it must pass through {@link Exchanges} first.
 */
public interface InvestigationObserver {

    /** Observes nothing. */
    InvestigationObserver NONE = new InvestigationObserver() {};

    default void investigationStarted() {}

    /** The report is ready and COMPLETED. */
    default void investigationFinished(InvestigationReport report) {}

    /** The report is ready and FAILED; {@code reason} says why in a line. */
    default void investigationFailed(InvestigationReport report, String reason) {}

    /** An agent began its part; {@code reason} is why the master routed to it. */
    default void agentStarted(String agent, String reason) {}

    default void agentFinished(String agent) {}

    default void agentFailed(String agent, String reason) {}

    /** A model tier is about to be asked; the same object comes back when the attempt ends. */
    default void modelStarted(ModelAttempt attempt) {}

    default void modelFinished(ModelAttempt attempt, ModelCall call, ChatResponse response) {}

    /** The attempt failed ({@code call.outcome()} says how); the router may fall back. */
    default void modelFailed(ModelAttempt attempt, ModelCall call) {}

    /** A model call decided without asking any model: the rules tier answers, or the budget was spent. */
    default void modelRouted(ModelCall decision) {}

    /** A tool is about to be called; the same object comes back when the call ends. */
    default void toolStarted(ToolInvocation invocation) {}

    /** The tool answered; {@code resultText} is its redacted result. */
    default void toolFinished(ToolInvocation invocation, ToolCall call, String resultText) {}

    /** The tool was refused, failed, or answered with an error ({@code call.outcome()} says which). */
    default void toolFailed(ToolInvocation invocation, ToolCall call) {}

    default void findingReported(Finding finding) {}

    /** Grounding checked {@code claimed} findings a model proposed and kept {@code kept} of them. */
    default void claimsGrounded(int claimed, int kept) {}

    /** A caveat the reader of the report must see. */
    default void note(String note) {}
}
