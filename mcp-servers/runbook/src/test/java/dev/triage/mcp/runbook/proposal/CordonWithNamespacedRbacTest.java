package dev.triage.mcp.runbook.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In a cluster the runbook server may list pods only in the namespaces it may change (k8s/ binds them, never
 * kube-system): planning a cordon still works, and says it did not count the node's pods.
 */
class CordonWithNamespacedRbacTest {

    private final KubernetesMockServer server = new KubernetesMockServer(false);
    private KubernetesClient client;
    private final Node node = new NodeBuilder()
            .withNewMetadata()
            .withName("node-b")
            .endMetadata()
            .withNewSpec()
            .endSpec()
            .build();

    @BeforeEach
    void start() {
        server.init();
        client = server.createClient();
    }

    @AfterEach
    void stop() {
        client.close();
        server.destroy();
    }

    @Test
    void aCordonIsPlannedWhenPodsCannotBeListedInEveryNamespace() {
        server.expect()
                .get()
                .withPath("/api/v1/pods")
                .andReturn(403, forbidden())
                .always();

        PlanStep step = Cordons.plan(context());

        assertThat(step.description())
                .startsWith("cordon node node-b: no new pod is scheduled there;")
                .contains("not counted: this server may not list pods in every namespace");
        assertThat(step.changes()).containsExactly(new Change("spec.unschedulable", "false", "true"));
    }

    @Test
    void anyOtherFailureToListPodsIsNotHidden() {
        server.expect().get().withPath("/api/v1/pods").andReturn(500, "boom").always();

        assertThatThrownBy(() -> Cordons.plan(context())).isInstanceOf(KubernetesClientException.class);
    }

    private PlanContext context() {
        return new PlanContext(new ResourceRef("Node", null, "node-b"), node, client, Clock.systemUTC(), Map.of());
    }

    private static Object forbidden() {
        return new StatusBuilder()
                .withStatus("Failure")
                .withReason("Forbidden")
                .withCode(403)
                .withMessage("pods is forbidden: User \"system:serviceaccount:triage:triage-mcp-runbook\" cannot list"
                        + " resource \"pods\" in API group \"\" at the cluster scope")
                .build();
    }
}
