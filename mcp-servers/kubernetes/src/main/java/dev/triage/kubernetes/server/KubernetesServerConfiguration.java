package dev.triage.kubernetes.server;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.ClusterConnections;
import dev.triage.mcp.hosting.server.UpstreamErrors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cluster an MCP server reads, for every server that reads one (EKS, runbook): import it on the application. An
 * application embedding such a server may register its own {@link ClusterConnection} (and then owns its lifecycle);
 * otherwise one is opened from {@link ClusterSourceProperties} and closed with the context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterSourceProperties.class)
public class KubernetesServerConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ClusterConnection clusterConnection(ClusterSourceProperties source) {
        return ClusterConnections.open(source.snapshotDir(), source.kubeContext());
    }

    /** The API server's own words in a failed tool call's result. */
    @Bean
    UpstreamErrors kubernetesErrors() {
        return new KubernetesErrors();
    }
}
