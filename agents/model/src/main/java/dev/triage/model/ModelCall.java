package dev.triage.model;

/**
 * One call to a model tier, as recorded in the report and the trace.
 *
 * @param agent the role that made it: {@code master}, {@code diagnostic}, {@code analysis}, {@code remediation}
 * @param tier {@code bedrock}, {@code vllm} or {@code rules}
 * @param model the model id ({@code rules} for the deterministic tier)
 * @param reason why the policy picked this tier (or fell back to it)
 * @param inputTokens tokens sent (0 for rules)
 * @param outputTokens tokens received (0 for rules)
 * @param latencyMs wall time of the call
 * @param outcome {@code ok}, or what went wrong ({@code timeout}, {@code http 503}, {@code circuit open})
 */
public record ModelCall(
        String agent,
        String tier,
        String model,
        String reason,
        int inputTokens,
        int outputTokens,
        long latencyMs,
        String outcome) {}
