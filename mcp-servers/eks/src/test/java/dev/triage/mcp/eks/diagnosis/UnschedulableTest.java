package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.finding;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An Unschedulable pod's finding names what no node satisfies, with what the nodes have. */
class UnschedulableTest {

    private static Diagnosis batch;

    @BeforeAll
    static void diagnoseTheBatchNamespace() {
        batch = diagnose("unschedulable-constraints", "batch");
    }

    private static Finding unschedulable(String name) {
        return finding(batch, "unschedulable/Deployment/batch/" + name);
    }

    @Test
    void aNodeSelectorNoNodeMatchesIsNamedWithTheValuesTheNodesHave() {
        Finding indexer = unschedulable("indexer");

        assertThat(indexer.summary())
                .startsWith("Pod cannot be scheduled: nodeSelector disktype=nvme: no node has that label; nodes have "
                        + "disktype=hdd (1), disktype=ssd (2)")
                .contains("scheduler: 0/3 nodes are available")
                .doesNotContain("preemption");
        assertThat(quote(indexer, "Pod batch/indexer-1b2c3d4e5-z8x7c spec.nodeSelector.disktype"))
                .isEqualTo("nvme");
        assertThat(quote(indexer, "Node ip-10-0-3-47.ec2.internal metadata.labels.disktype"))
                .isEqualTo("hdd");
    }

    @Test
    void aRequiredAffinityExpressionNoNodeMeetsIsNamedWithTheNodesValues() {
        assertThat(unschedulable("geo").summary())
                .contains("required node affinity topology.kubernetes.io/zone In [us-east-1d, us-east-1e]: no node "
                        + "matches; nodes have topology.kubernetes.io/zone=us-east-1a (1), "
                        + "topology.kubernetes.io/zone=us-east-1b (1), topology.kubernetes.io/zone=us-east-1c (1)");
        assertThat(unschedulable("legacy").summary())
                .contains("kubernetes.io/arch NotIn [amd64]: no node matches; nodes have kubernetes.io/arch=amd64 (3)");
    }

    @Test
    void everyTermOfAnAffinityIsNamedWhenNoneMatchesAndNumbersCompareAsNumbers() {
        assertThat(unschedulable("bigbox").summary())
                .contains("cpu-count Gt [16]: no node matches; nodes have cpu-count=4 (2), cpu-count=8 (1)")
                .contains(", or node.kubernetes.io/instance-type In [m5.8xlarge]: no node matches");
    }

    @Test
    void whenEachNodeLacksSomethingDifferentEachNodeIsNamedWithWhatItLacks() {
        String trainer = unschedulable("trainer").summary();

        assertThat(trainer)
                .contains("no node meets every constraint at once")
                .contains("ip-10-0-1-23.ec2.internal: cpu 920m free < 1, nvidia.com/gpu 0 free < 1")
                .contains("ip-10-0-3-47.ec2.internal: taint dedicated=gpu:NoSchedule");
    }

    @Test
    void freeCapacityIsAllocatableLessWhatThePodsOnTheNodeRequest() {
        assertThat(unschedulable("analytics").summary())
                .contains("ip-10-0-1-23.ec2.internal: cpu 920m free < 2")
                .contains("ip-10-0-3-47.ec2.internal: taint dedicated=gpu:NoSchedule");
    }

    @Test
    void taintsOnEveryNodeAndACordonAreNamedWithHowManyNodesCarryThem() {
        Finding storefront =
                finding(diagnose("unschedulable-taints", "web"), "unschedulable/Deployment/web/storefront");

        assertThat(storefront.summary())
                .contains("every node has a taint the pod does not tolerate: dedicated=infra:NoSchedule (1 node), "
                        + "node.kubernetes.io/unschedulable:NoSchedule (1 node); its tolerations match none of them");
        assertThat(quote(storefront, "Node ip-10-0-1-23.ec2.internal spec.taints"))
                .isEqualTo("dedicated=infra:NoSchedule");
    }
}
