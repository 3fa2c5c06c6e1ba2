package dev.triage.mcp.runbook.cluster;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which cluster proposals are planned against, as for the EKS server: {@code triage.snapshot} (a snapshot
 * directory served by an embedded API server), else {@code triage.kubernetes.context}, else the pod's service
 * account or the default kubeconfig. Unknown keys are not refused here: {@code triage.*} is shared.
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
}
