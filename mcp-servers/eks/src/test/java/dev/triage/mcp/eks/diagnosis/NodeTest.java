package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.finding;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import dev.triage.model.Severity;
import org.junit.jupiter.api.Test;

class NodeTest {

    private static final String DOWN = "node_not_ready/Node/ip-10-0-3-47.ec2.internal";
    private static final String DISK = "resource_saturation/Node/ip-10-0-2-19.ec2.internal";

    @Test
    void rootCausesComeFirstBySeverityThenTheirSymptoms() {
        assertThat(ids(diagnose("nodes", null)))
                .containsExactly(DOWN, DISK, "unknown/Deployment/shop/web", "evicted/Deployment/shop/image-resizer");
    }

    @Test
    void anUnreachableNodeIsNotReadyWithItsDaemonSetPodsFoldedIn() {
        Finding down = finding(diagnose("nodes", null), DOWN);

        assertThat(down.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(quote(down, "Node ip-10-0-3-47.ec2.internal status.conditions[Ready].status"))
                .isEqualTo("Unknown");
        assertThat(quote(down, "Node ip-10-0-3-47.ec2.internal status.conditions[Ready].message"))
                .isEqualTo("Kubelet stopped posting node status.");
        assertThat(quote(down, "Node ip-10-0-3-47.ec2.internal spec.taints[1]"))
                .isEqualTo("node.kubernetes.io/unreachable:NoExecute");
        assertThat(down.pods()).contains("kube-system/kube-proxy-lm2cs");
    }

    @Test
    void aPodEvictedFromANodeUnderDiskPressureIsItsSymptomAndLowOnceReplaced() {
        Diagnosis diagnosis = diagnose("nodes", null);

        assertThat(quote(
                        finding(diagnosis, DISK),
                        "Node ip-10-0-2-19.ec2.internal status.conditions[DiskPressure].reason"))
                .isEqualTo("KubeletHasDiskPressure");
        Finding evicted = finding(diagnosis, "evicted/Deployment/shop/image-resizer");
        assertThat(evicted.causedBy()).isEqualTo(DISK);
        assertThat(evicted.severity()).isEqualTo(Severity.LOW);
        assertThat(evicted.pods()).containsExactly("image-resizer-58f6d7c9b4-xj4tw");
        assertThat(quote(evicted, "Pod shop/image-resizer-58f6d7c9b4-xj4tw status.message"))
                .startsWith("The node was low on resource: ephemeral-storage. Threshold quantity: 4902142351");
    }

    @Test
    void aWorkloadShortOfReplicasOnTheUnreachableNodeIsItsSymptom() {
        Finding web = finding(diagnose("nodes", null), "unknown/Deployment/shop/web");

        assertThat(web.causedBy()).isEqualTo(DOWN);
        assertThat(web.pods()).containsExactly("web-7b5f8d6c9d-s9cvz");
    }

    @Test
    void aNamespaceSeesOnlyTheNodesItsPodsRunOn() {
        assertThat(ids(diagnose("nodes", "kube-system"))).containsExactly(DOWN, DISK);
    }
}
