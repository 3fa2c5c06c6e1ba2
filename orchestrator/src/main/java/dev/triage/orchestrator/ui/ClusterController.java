package dev.triage.orchestrator.ui;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the ask box offers to pick: the cluster the service investigates and its namespaces. */
@RestController
class ClusterController {

    private final ClusterNamespaces namespaces;
    private final ServerTools tools;

    ClusterController(ClusterNamespaces namespaces, ServerTools tools) {
        this.namespaces = namespaces;
        this.tools = tools;
    }

    /** @param unavailable why no namespaces are listed (the EKS server is down); null when they are */
    record Cluster(String name, List<ClusterNamespaces.Namespace> namespaces, String unavailable) {}

    @GetMapping("/api/v1/cluster")
    Cluster cluster() {
        ClusterNamespaces.Listing listing = namespaces.list();
        return new Cluster(tools.cluster().orElse(null), listing.namespaces(), listing.unavailable());
    }
}
