package dev.triage.kubernetes.server;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which cluster the server reads: {@code triage.snapshot} (a snapshot directory, served by an embedded API server),
 * else {@code triage.kubernetes.context} (a kubeconfig context), else the pod's service account or the default
 * kubeconfig. Unknown keys are not refused here because {@code triage.*} is shared with other records (such as
 * {@code triage.mcp}); the records under it refuse theirs.
 */
@ConfigurationProperties(prefix = "triage")
public record ClusterSourceProperties(Path snapshot, Kubernetes kubernetes) {

    public record Kubernetes(String context) {}

    public Optional<Path> snapshotDir() {
        return Optional.ofNullable(snapshot);
    }

    public Optional<String> kubeContext() {
        return Optional.ofNullable(kubernetes).map(Kubernetes::context).filter(context -> !context.isBlank());
    }

    /** Where the data comes from, as get_cluster_info reports it. */
    public String describe() {
        if (snapshot != null) {
            return "snapshot " + snapshot.toAbsolutePath().normalize();
        }
        return kubeContext()
                .map(context -> "live cluster, kubeconfig context " + context)
                .orElse("live cluster, in-cluster service account or default kubeconfig");
    }
}
