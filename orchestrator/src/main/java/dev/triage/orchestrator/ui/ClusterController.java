package dev.triage.orchestrator.ui;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the ask box offers to pick: the clusters the service investigates (the default one first chosen) and the
 * namespaces of the one picked.
 */
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

    /**
     * @param defaultCluster investigated when a request names none
     * @param names every cluster investigated, sorted
     */
    record Clusters(String defaultCluster, List<String> names) {}

    /** The default cluster and its namespaces. */
    @GetMapping("/api/v1/cluster")
    Cluster cluster() {
        return describe(null);
    }

    @GetMapping("/api/v1/clusters")
    Clusters clusters() {
        return new Clusters(tools.cluster().orElse(null), List.copyOf(tools.clusters()));
    }

    /** One cluster and its namespaces; a cluster not investigated here is a 404 that names those that are. */
    @GetMapping("/api/v1/clusters/{name}")
    Cluster cluster(@PathVariable String name) {
        return describe(tools.known(name));
    }

    private Cluster describe(String name) {
        ClusterNamespaces.Listing listing = namespaces.list(name);
        return new Cluster(
                name == null ? tools.cluster().orElse(null) : name, listing.namespaces(), listing.unavailable());
    }
}
