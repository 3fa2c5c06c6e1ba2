package dev.triage.kubernetes;

import dev.triage.kubernetes.snapshot.EmbeddedCluster;
import dev.triage.kubernetes.snapshot.SnapshotLoader;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens a cluster: a snapshot served by an embedded API server, a kubeconfig context, or the default. */
public final class ClusterConnections {

    /** Names the cluster when neither a snapshot nor a kubeconfig context says which it is. */
    public static final String CLUSTER_NAME_ENV = "TRIAGE_CLUSTER_NAME";

    private static final Pattern EKS_ARN = Pattern.compile("arn:aws[\\w-]*:eks:[^:]*:\\d*:cluster/(.+)");

    private ClusterConnections() {}

    /** snapshot dir if given, else the kubeconfig context if given, else in-cluster / default kubeconfig. */
    public static ClusterConnection open(Optional<Path> snapshot, Optional<String> kubeContext) {
        if (snapshot.isPresent()) {
            return embedded(snapshot.get());
        }
        return kubeContext.map(ClusterConnections::context).orElseGet(() -> fallback(System.getenv()));
    }

    private static ClusterConnection embedded(Path snapshot) {
        EmbeddedCluster cluster = EmbeddedCluster.start(SnapshotLoader.load(snapshot));
        return new ClusterConnection(cluster.snapshot().cluster(), cluster.client(), cluster.clock(), cluster);
    }

    static ClusterConnection context(String context) {
        Config config = Config.autoConfigure(context);
        NamedContext current = config.getCurrentContext();
        if (current == null || !context.equals(current.getName())) {
            throw new IllegalArgumentException("kubeconfig has no context '" + context + "'; it has "
                    + config.getContexts().stream().map(NamedContext::getName).toList());
        }
        return live(clusterName(current.getContext().getCluster()), config);
    }

    /** In a pod the service account; elsewhere the kubeconfig's current context. */
    static ClusterConnection fallback(Map<String, String> env) {
        Config config = Config.autoConfigure(null);
        String name = Optional.ofNullable(env.get(CLUSTER_NAME_ENV))
                .filter(value -> !value.isBlank())
                .or(() -> Optional.ofNullable(config.getCurrentContext())
                        .map(current -> clusterName(current.getContext().getCluster())))
                .orElse("in-cluster");
        return live(name, config);
    }

    private static ClusterConnection live(String clusterName, Config config) {
        KubernetesClient client =
                new KubernetesClientBuilder().withConfig(config).build();
        return new ClusterConnection(clusterName, client, Clock.systemUTC(), client);
    }

    /** EKS kubeconfigs name the cluster by ARN; CloudWatch and people know it by its short name. */
    static String clusterName(String kubeconfigCluster) {
        Matcher arn = EKS_ARN.matcher(kubeconfigCluster);
        return arn.matches() ? arn.group(1) : kubeconfigCluster;
    }
}
