package dev.triage.mcp.cloudwatch.logs;

import java.time.Duration;

/**
 * How long a tool waits for a Logs Insights query before answering with its id, and how often it polls.
 *
 * @param maxWait the most a tool call waits
 * @param pollInterval the pause between GetQueryResults calls
 */
public record QueryWait(Duration maxWait, Duration pollInterval) {}
