package dev.triage.agents.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.grounding.WorkloadLookup.Lookup;
import dev.triage.agents.testing.FakeMcpServer;
import dev.triage.agents.tools.McpServers;
import dev.triage.agents.tools.ToolAccess;
import dev.triage.agents.trail.Trail;
import dev.triage.model.ResourceRef;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Workloads looked up through the EKS server's tools, as its answers read. */
class ClusterWorkloadsTest {

    private static final String LISTING = """
            Deployment (apps/v1) in all namespaces: 2 objects
            shop/web  ready=2/2 updated=2 available=2 age=3d
            staging/web  ready=1/1 updated=1 available=1 age=9d""";

    private final FakeMcpServer eks = new FakeMcpServer("eks")
            .tool(
                    "get_resource",
                    arguments -> arguments.contains("\"cart\"")
                            ? FakeMcpServer.ok("kind: Deployment")
                            : FakeMcpServer.error("get_resource failed: deployments \"x\" not found"))
            .tool(
                    "list_resources",
                    arguments -> arguments.contains("metadata.name=web")
                            ? FakeMcpServer.ok(LISTING)
                            : arguments.contains("metadata.name=cart")
                                    ? FakeMcpServer.ok("Deployment (apps/v1) in all namespaces: 1 objects\n"
                                            + "shop/cart  ready=1/2 age=3d")
                                    : FakeMcpServer.ok("No data for list_resources: no Deployment objects"));

    private WorkloadLookup lookup() {
        return ClusterWorkloads.through(McpServers.of(Map.of("eks", eks)).tools(ToolAccess.all("eks"), Trail.silent()));
    }

    @Test
    void inANamespaceItIsWhatGetResourceFinds() {
        assertThat(lookup().find("Deployment", "cart", "shop"))
                .isEqualTo(new Lookup.Found(new ResourceRef("Deployment", "shop", "cart")));
        assertThat(lookup().find("Deployment", "on", "kube-system")).isInstanceOf(Lookup.Missing.class);
    }

    @Test
    void acrossNamespacesItIsTheListedObjectOfThatName() {
        assertThat(lookup().find("Deployment", "cart", null))
                .isEqualTo(new Lookup.Found(new ResourceRef("Deployment", "shop", "cart")));
        assertThat(lookup().find("Deployment", "web", null))
                .isEqualTo(new Lookup.Ambiguous(java.util.List.of(
                        new ResourceRef("Deployment", "shop", "web"),
                        new ResourceRef("Deployment", "staging", "web"))));
        assertThat(lookup().find("Deployment", "on", null)).isInstanceOf(Lookup.Missing.class);
    }

    @Test
    void wordsThatAreNoObjectNameAreNotSentToTheCluster() {
        assertThat(lookup().find("Deployment", "$(kubectl", null)).isInstanceOf(Lookup.Missing.class);
        assertThat(lookup().find("Deployment", "Cart", "shop")).isInstanceOf(Lookup.Missing.class);

        assertThat(eks.calls()).isEmpty();
    }

    @Test
    void withoutAnEksServerNothingIsFound() {
        assertThat(ClusterWorkloads.through(Optional.empty()).find("Deployment", "cart", "shop"))
                .isInstanceOf(Lookup.Missing.class);
    }
}
