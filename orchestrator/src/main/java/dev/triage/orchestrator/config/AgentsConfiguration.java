package dev.triage.orchestrator.config;

import com.zaxxer.hikari.HikariDataSource;
import dev.triage.agents.AgentsSettings;
import dev.triage.agents.InvestigationObservers;
import dev.triage.agents.Investigator;
import dev.triage.agents.routing.RoutingSettings;
import dev.triage.mcp.hosting.tracing.TracingProperties;
import dev.triage.orchestrator.alerting.AlertsProperties;
import dev.triage.orchestrator.investigation.Intake;
import dev.triage.orchestrator.investigation.InvestigationRunner;
import dev.triage.orchestrator.investigation.Investigations;
import dev.triage.orchestrator.metrics.InvestigationMetrics;
import dev.triage.orchestrator.store.InvestigationStore;
import dev.triage.orchestrator.tracing.InvestigationTraces;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the investigations capability to the agents: the MCP servers (configured, or the embedded stack), the
 * {@link Investigator} (rules tier alone unless {@code triage.models.*} is set), and the runner pool.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    AgentsProperties.class,
    InvestigationsProperties.class,
    SnapshotProperties.class,
    AlertsProperties.class
})
class AgentsConfiguration {

    @Bean(destroyMethod = "close")
    AgentServers agentServers(
            AgentsProperties agents,
            SnapshotProperties snapshot,
            HikariDataSource database,
            TracingProperties tracing,
            Environment environment) {
        return AgentServers.from(agents, ClustersBinding.bind(environment), snapshot, database, tracing.asProperties());
    }

    @Bean(destroyMethod = "close")
    Investigator investigator(
            AgentServers servers,
            AgentsProperties agents,
            Environment environment,
            InvestigationTraces traces,
            InvestigationMetrics metrics) {
        // No triage.models.* means no routing settings: the rules tier alone, no model.
        RoutingSettings routing = ModelsBinding.bind(environment).orElse(null);
        AgentsSettings settings =
                new AgentsSettings(servers.servers(), agents.agentTools(), routing, agents.toolTimeout());
        // Each request is investigated through the servers of the cluster it names.
        return Investigator.forClusters(
                settings, InvestigationObservers.all(List.of(traces, metrics)), servers.clusters());
    }

    @Bean
    InvestigationRunner investigationRunner(Investigator investigator, InvestigationTraces traces) {
        return (request, listener) -> traces.stamp(investigator.investigate(request, listener));
    }

    /** Channels hear of finished investigations as {@code InvestigationFinished} application events. */
    @Bean(destroyMethod = "close")
    Investigations investigations(
            InvestigationStore store,
            InvestigationRunner runner,
            AgentServers servers,
            InvestigationsProperties properties,
            ApplicationEventPublisher events) {
        Investigations investigations = new Investigations(
                store,
                runner,
                new Investigations.Settings(
                        servers.cluster(),
                        servers.clusterNames(),
                        properties.concurrency(),
                        properties.lease(),
                        properties.maxAttempts()),
                Clock.systemUTC(),
                events::publishEvent);
        investigations.recoverAbandoned();
        return investigations;
    }

    /** The one start path of every channel. */
    @Bean
    Intake intake(Investigations investigations, AlertsProperties alerts) {
        return new Intake(investigations, alerts.dedupeWindow());
    }
}
