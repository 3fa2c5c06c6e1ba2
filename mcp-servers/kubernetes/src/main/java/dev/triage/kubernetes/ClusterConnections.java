package dev.triage.kubernetes;

import dev.triage.kubernetes.snapshot.EmbeddedCluster;
import dev.triage.kubernetes.tracing.ApiRequestSpans;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
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

    /** Set by Kubernetes in every pod: where the in-cluster API server is. */
    static final String SERVICE_HOST_ENV = "KUBERNETES_SERVICE_HOST";

    static final String NO_CLUSTER_SOURCE = "no cluster to read: no kubeconfig was found ($KUBECONFIG, ~/.kube/config) "
            + "and this is not a pod. Give --triage.snapshot=DIR (a snapshot directory) or "
            + "--triage.kubernetes.context=CTX (a kubeconfig context), or point KUBECONFIG at a kubeconfig";

    private static final Pattern EKS_ARN = Pattern.compile("arn:aws[\\w-]*:eks:[^:]*:\\d*:cluster/(.+)");

    private ClusterConnections() {}

    /** snapshot dir if given, else the kubeconfig context if given, else in-cluster / default kubeconfig. */
    public static ClusterConnection open(Optional<Path> snapshot, Optional<String> kubeContext) {
        ClusterConnection connection = opening(snapshot, kubeContext);
        try {
            awaitLoaded(connection);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /**
     * As {@link #open}, except that a snapshot's objects load on a thread of their own ({@link
     * EmbeddedCluster#loading}): the caller starts what reads the cluster meanwhile, and {@link #awaitLoaded}s
     * before it serves.
     */
    public static ClusterConnection opening(Optional<Path> snapshot, Optional<String> kubeContext) {
        if (snapshot.isPresent()) {
            return of(EmbeddedCluster.loading(snapshot.get()));
        }
        return kubeContext.map(ClusterConnections::context).orElseGet(() -> fallback(System.getenv()));
    }

    /**
     * Waits until a snapshot's objects are served (at once for a live cluster); throws why they did not load.
     */
    public static void awaitLoaded(ClusterConnection connection) {
        if (connection.resources() instanceof EmbeddedCluster cluster) {
            cluster.awaitLoaded();
        }
    }

    /** A connection to an embedded cluster (its client traced, as a live cluster's), closed with it. */
    public static ClusterConnection of(EmbeddedCluster cluster) {
        return new ClusterConnection(cluster.clusterName(), cluster.client(), cluster.clock(), cluster);
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

    /**
     * In a pod the service account; elsewhere the kubeconfig's current context. With neither, refused at once:
     * fabric8 would otherwise aim every call at {@code kubernetes.default.svc}, and each would hang until it timed out.
     */
    static ClusterConnection fallback(Map<String, String> env) {
        Config config = Config.autoConfigure(null);
        if (config.getCurrentContext() == null && !inPod(env) && !masterGiven(env)) {
            throw new IllegalStateException(NO_CLUSTER_SOURCE);
        }
        String name = Optional.ofNullable(env.get(CLUSTER_NAME_ENV))
                .filter(value -> !value.isBlank())
                .or(() -> Optional.ofNullable(config.getCurrentContext())
                        .map(current -> clusterName(current.getContext().getCluster())))
                .orElse("in-cluster");
        return live(name, config);
    }

    private static boolean inPod(Map<String, String> env) {
        return env.containsKey(SERVICE_HOST_ENV);
    }

    private static boolean masterGiven(Map<String, String> env) {
        return env.containsKey("KUBERNETES_MASTER")
                || System.getProperty(Config.KUBERNETES_MASTER_SYSTEM_PROPERTY) != null;
    }

    private static ClusterConnection live(String clusterName, Config config) {
        KubernetesClient client = ApiRequestSpans.client(config);
        return new ClusterConnection(clusterName, client, Clock.systemUTC(), client);
    }

    /** EKS kubeconfigs name the cluster by ARN; CloudWatch and people know it by its short name. */
    static String clusterName(String kubeconfigCluster) {
        Matcher arn = EKS_ARN.matcher(kubeconfigCluster);
        return arn.matches() ? arn.group(1) : kubeconfigCluster;
    }
}
