package dev.triage.orchestrator.config;

import com.zaxxer.hikari.HikariDataSource;
import dev.triage.agents.tools.McpCredentials;
import dev.triage.orchestrator.embedded.EmbeddedStack;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The MCP servers the agents talk to and the cluster behind them: configured ones, or the embedded stack started
 * here on a snapshot (closed with this object). Public so the end-to-end tests reach the servers the agents use.
 *
 * @param embeddedStack present in the embedded default
 * @param credentials the headers every MCP request carries: a bearer token for servers that check them
 */
public record AgentServers(
        String cluster, Map<String, URI> servers, Optional<EmbeddedStack> embeddedStack, McpCredentials credentials)
        implements AutoCloseable {

    /**
     * {@code database} is the service's own: in the embedded default the runbook server keeps its ledger there;
     * {@code embeddedProperties} go to every embedded server (where traces go).
     */
    static AgentServers from(
            AgentsProperties agents,
            SnapshotProperties snapshot,
            HikariDataSource database,
            Map<String, String> embeddedProperties) {
        if (!agents.embedded()) {
            if (snapshot.snapshotDir().isPresent()) {
                throw new IllegalArgumentException("triage.snapshot is for the embedded default only; with "
                        + "triage.agents.servers set, the eks server reads the cluster it is configured for");
            }
            return new AgentServers(agents.cluster(), agents.servers(), Optional.empty(), agents.credentials());
        }
        return embedded(snapshot, database, embeddedProperties);
    }

    private static AgentServers embedded(
            SnapshotProperties snapshot, HikariDataSource database, Map<String, String> embeddedProperties) {
        Map<String, String> ledger = new HashMap<>();
        ledger.put("spring.datasource.url", database.getJdbcUrl());
        if (database.getUsername() != null) {
            ledger.put("spring.datasource.username", database.getUsername());
        }
        if (database.getPassword() != null) {
            ledger.put("spring.datasource.password", database.getPassword());
        }
        EmbeddedStack stack = EmbeddedStack.start(snapshot.snapshotDir(), ledger, embeddedProperties);
        // The embedded servers listen on loopback in this JVM and check no token.
        return new AgentServers(stack.clusterName(), stack.servers(), Optional.of(stack), McpCredentials.none());
    }

    @Override
    public void close() {
        embeddedStack.ifPresent(EmbeddedStack::close);
    }
}
