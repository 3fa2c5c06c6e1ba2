package dev.triage.bench.synthetic;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.List;

/** The worker nodes of a synthetic cluster: Ready, spread over three zones, named as EKS names them. */
final class SyntheticNodes {

    private SyntheticNodes() {}

    static List<Node> of(int count) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "ip-10-%d-%d-%d.ec2.internal".formatted(i / 65536 % 256, i / 256 % 256, i % 256);
            nodes.add(new NodeBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .withUid(SyntheticNames.uid("Node/" + name))
                    .addToLabels("kubernetes.io/hostname", name)
                    .addToLabels("topology.kubernetes.io/zone", "us-east-1" + "abc".charAt(i % 3))
                    .endMetadata()
                    .withNewStatus()
                    .addNewCondition()
                    .withType("Ready")
                    .withStatus("True")
                    .withReason("KubeletReady")
                    .endCondition()
                    .addNewCondition()
                    .withType("DiskPressure")
                    .withStatus("False")
                    .endCondition()
                    .addToCapacity("cpu", new Quantity("4"))
                    .addToCapacity("memory", new Quantity("16093584Ki"))
                    .endStatus()
                    .build());
        }
        return nodes;
    }
}
