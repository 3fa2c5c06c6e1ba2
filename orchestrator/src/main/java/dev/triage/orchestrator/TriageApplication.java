package dev.triage.orchestrator;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Triage service: the investigations API over the agents, its store, and (in the embedded default) the MCP
 * servers and PostgreSQL in this JVM. {@link TriageMain} starts it when no CLI command is given.
 */
@SpringBootApplication
public class TriageApplication {}
