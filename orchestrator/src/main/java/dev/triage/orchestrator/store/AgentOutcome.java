package dev.triage.orchestrator.store;

/**
 * How an agent's part of an investigation ended, as the {@code agent-finished} event says it.
 *
 * @param agent {@code master}, {@code diagnostic}, {@code analysis} or {@code remediation}
 * @param outcome {@code finished} or {@code failed}
 * @param reason why it failed, in a line (redacted); null when it finished
 */
public record AgentOutcome(String agent, String outcome, String reason) {

    public static AgentOutcome finished(String agent) {
        return new AgentOutcome(agent, "finished", null);
    }

    public static AgentOutcome failed(String agent, String reason) {
        return new AgentOutcome(agent, "failed", reason);
    }
}
