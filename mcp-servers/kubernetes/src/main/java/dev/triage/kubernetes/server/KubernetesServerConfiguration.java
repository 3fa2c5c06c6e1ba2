package dev.triage.kubernetes.server;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.ClusterConnections;
import dev.triage.mcp.hosting.server.UpstreamErrors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cluster an MCP server reads, for every server that reads one (EKS, runbook): import it on the application. An
 * application embedding such a server may register its own {@link ClusterConnection} (and then owns its lifecycle);
 * otherwise one is opened from {@link ClusterSourceProperties} and closed with the context, and the server starts
 * serving once it is loaded ({@link ClusterLoaded}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterSourceProperties.class)
public class KubernetesServerConfiguration {

    /** The server's own cluster connection, when the application did not register one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(ClusterConnection.class)
    static class OwnConnection {

        /** A snapshot's objects load while the context starts (on its main thread, they were 40% of a start). */
        @Bean(destroyMethod = "close")
        ClusterConnection clusterConnection(ClusterSourceProperties source) {
            return ClusterConnections.opening(source.snapshotDir(), source.kubeContext());
        }

        @Bean
        SmartLifecycle clusterLoaded(ClusterConnection clusterConnection) {
            return new ClusterLoaded(clusterConnection);
        }
    }

    /** The API server's own words in a failed tool call's result. */
    @Bean
    UpstreamErrors kubernetesErrors() {
        return new KubernetesErrors();
    }
}
