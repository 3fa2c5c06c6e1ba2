package dev.triage.agents.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.testing.DemoServers;
import dev.triage.agents.tools.McpServers;
import dev.triage.agents.tools.ToolAccess;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Metric findings resolved through the real EKS server on the demo snapshot, whichever way the series are keyed. */
class MetricOwnersTest {

    private static DemoServers servers;
    private static McpServers clients;

    @BeforeAll
    static void start() {
        servers = DemoServers.start();
        clients = McpServers.over(servers.urls(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        clients.close();
        servers.close();
    }

    @Test
    void aStatefulSetNamedByPodNameIsReportedOnTheStatefulSetAndItsOomLinkFollows() {
        Finding climb = metric("redis", List.of())
                .causedBy(Finding.idFor(Category.OOM_KILLED, new ResourceRef("Deployment", "shop", "redis")));

        Finding resolved = resolve(climb).getFirst();

        assertThat(resolved.id()).isEqualTo("resource_saturation/StatefulSet/shop/redis");
        assertThat(resolved.owner()).isEqualTo(new ResourceRef("StatefulSet", "shop", "redis"));
        assertThat(resolved.causedBy()).isEqualTo("oom_killed/StatefulSet/shop/redis");
    }

    @Test
    void aPodsOwnNameInPodNameOrFullPodNameResolvesToItsDeploymentThroughItsReplicaSet() {
        Finding byPodName = metric("cart-7b9d6c5f48-vs4c7", List.of());
        Finding byFullPodName = metric("cart", List.of("cart-7b9d6c5f48-vsd75"));

        List<Finding> resolved = resolve(byPodName, byFullPodName);

        assertThat(resolved).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("resource_saturation/Deployment/shop/cart");
            assertThat(f.owner()).isEqualTo(new ResourceRef("Deployment", "shop", "cart"));
            assertThat(f.pods()).containsExactlyInAnyOrder("cart-7b9d6c5f48-vs4c7", "cart-7b9d6c5f48-vsd75");
            assertThat(f.summary()).endsWith("(2 pods alike)");
        });
    }

    @Test
    void aNameTheClusterDoesNotHaveKeepsItsFindingAndSaysSo() {
        Trail trail = Trail.silent();
        Finding ghost = metric("ghost-api", List.of());

        assertThat(MetricOwners.through(eks(trail), trail).resolve(List.of(ghost)))
                .containsExactly(ghost);
        assertThat(trail.notes()).anyMatch(n -> n.contains("no pod or workload named ghost-api in namespace shop"));
    }

    @Test
    void findingsWithClusterEvidenceAreNotTouched() {
        Finding oom = new Finding(
                "oom_killed/Deployment/shop/cart",
                "Deployment",
                "shop",
                "cart",
                null,
                Category.OOM_KILLED,
                "OOMKilled",
                List.of(Evidence.status("Pod shop/cart-1 status", "OOMKilled")),
                Severity.CRITICAL,
                null,
                null);

        assertThat(resolve(oom)).containsExactly(oom);
    }

    private static List<Finding> resolve(Finding... findings) {
        Trail trail = Trail.silent();
        return MetricOwners.through(eks(trail), trail).resolve(List.of(findings));
    }

    private static java.util.Optional<dev.triage.agents.tools.ServerTools> eks(Trail trail) {
        return clients.tools(new ToolAccess("eks", Set.of(ResourceChecks.TOOL)), trail);
    }

    private static Finding metric(String name, List<String> pods) {
        ResourceRef ref = new ResourceRef("Deployment", "shop", name);
        return new Finding(
                Finding.idFor(Category.RESOURCE_SATURATION, ref),
                "Deployment",
                "shop",
                name,
                ref,
                Category.RESOURCE_SATURATION,
                name + ": CPU pinned at its limit since 09:30 (99% for 30 min)",
                List.of(Evidence.metric(
                        "ContainerInsights pod_cpu_utilization_over_pod_limit {PodName=" + name + "}",
                        "pod_cpu_utilization_over_pod_limit " + name + ": 99% from 09:30")),
                Severity.HIGH,
                pods,
                null);
    }
}
