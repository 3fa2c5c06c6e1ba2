package dev.triage.orchestrator.config;

import dev.triage.orchestrator.embedded.EmbeddedStack;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The MCP servers the agents talk to and the cluster behind them: configured ones, or the embedded stack started
 * here on a snapshot (closed with this object).
 *
 * @param embeddedStack present in the embedded default
 */
record AgentServers(String cluster, Map<String, URI> servers, Optional<EmbeddedStack> embeddedStack)
        implements AutoCloseable {

    static AgentServers from(AgentsProperties agents, SnapshotProperties snapshot) {
        if (!agents.embedded()) {
            if (snapshot.snapshotDir().isPresent()) {
                throw new IllegalArgumentException("triage.snapshot is for the embedded default only; with "
                        + "triage.agents.servers set, the eks server reads the cluster it is configured for");
            }
            return new AgentServers(agents.cluster(), agents.servers(), Optional.empty());
        }
        return embedded(snapshot);
    }

    private static AgentServers embedded(SnapshotProperties snapshot) {
        EmbeddedStack stack = EmbeddedStack.start(snapshot.snapshotDir());
        return new AgentServers(stack.clusterName(), stack.servers(), Optional.of(stack));
    }

    @Override
    public void close() {
        embeddedStack.ifPresent(EmbeddedStack::close);
    }
}
