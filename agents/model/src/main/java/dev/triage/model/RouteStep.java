package dev.triage.model;

/**
 * One agent the master chose to run, and why.
 *
 * @param agent {@code diagnostic}, {@code analysis} or {@code remediation}
 * @param reason why the master routed there, e.g. {@code question mentions "unhealthy pods"}
 */
public record RouteStep(String agent, String reason) {}
