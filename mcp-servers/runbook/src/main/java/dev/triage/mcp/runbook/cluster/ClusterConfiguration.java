package dev.triage.mcp.runbook.cluster;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.ClusterConnections;
import dev.triage.mcp.hosting.server.UpstreamErrors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cluster connection. An application embedding this server may register its own {@link ClusterConnection}
 * (and owns its lifecycle); otherwise one is opened from {@link ClusterSourceProperties} and closed with the context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterSourceProperties.class)
class ClusterConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ClusterConnection clusterConnection(ClusterSourceProperties source) {
        return ClusterConnections.open(source.snapshotDir(), source.kubeContext());
    }

    @Bean
    UpstreamErrors kubernetesErrors() {
        return new KubernetesErrors();
    }
}
