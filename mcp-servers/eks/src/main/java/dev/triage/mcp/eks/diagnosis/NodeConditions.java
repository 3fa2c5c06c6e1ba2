package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import java.util.List;
import java.util.Optional;

/** Reading a Node's conditions. */
final class NodeConditions {

    private NodeConditions() {}

    static Optional<NodeCondition> find(Node node, String type) {
        List<NodeCondition> conditions =
                node.getStatus() == null ? null : node.getStatus().getConditions();
        return conditions == null
                ? Optional.empty()
                : conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    /** Ready is False or Unknown; a node that reports no conditions at all is not judged. */
    static boolean isNotReady(Node node) {
        return find(node, "Ready").map(c -> !"True".equals(c.getStatus())).orElse(false);
    }
}
