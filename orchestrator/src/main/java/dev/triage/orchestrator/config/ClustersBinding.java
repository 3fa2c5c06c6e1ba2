package dev.triage.orchestrator.config;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.core.env.Environment;

/**
 * Binds {@code triage.clusters.NAME.*}, the clusters the service investigates, each checked: a misspelt key fails
 * start-up, as {@code @ConfigurationProperties(ignoreUnknownFields = false)} would make it.
 */
final class ClustersBinding {

    static final String PREFIX = "triage.clusters";

    private ClustersBinding() {}

    /** The configured clusters by name, sorted; empty when none is configured. */
    static Map<String, ClusterProperties> bind(Environment environment) {
        Map<String, ClusterProperties> clusters = new TreeMap<>(Binder.get(environment)
                .bind(
                        PREFIX,
                        Bindable.mapOf(String.class, ClusterProperties.class),
                        new NoUnboundElementsBindHandler(BindHandler.DEFAULT))
                .orElse(Map.of()));
        clusters.forEach((name, cluster) -> cluster.check(name));
        return clusters;
    }
}
