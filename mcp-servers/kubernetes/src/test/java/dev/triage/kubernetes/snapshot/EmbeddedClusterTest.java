package dev.triage.kubernetes.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.PodResource;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tests that change the cluster get their own (an instance extension starts one per test). */
class EmbeddedClusterTest {

    @RegisterExtension
    final EmbeddedClusterExtension cluster = EmbeddedClusterExtension.of("small");

    private KubernetesClient client() {
        return cluster.client();
    }

    private PodResource pod(String name) {
        return client().pods().inNamespace("shop").withName(name);
    }

    @Test
    void servesPodsWithTheirStatusAndOriginalTimestamps() {
        Pod cart = pod("cart-7d9f-abcde").get();

        assertThat(cart.getMetadata().getCreationTimestamp()).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(cart.getStatus().getContainerStatuses().getFirst().getRestartCount())
                .isEqualTo(7);
        assertThat(cart.getStatus()
                        .getContainerStatuses()
                        .getFirst()
                        .getState()
                        .getWaiting()
                        .getReason())
                .isEqualTo("CrashLoopBackOff");
        assertThat(client().apps()
                        .deployments()
                        .inNamespace("shop")
                        .withName("cart")
                        .get()
                        .getStatus()
                        .getUnavailableReplicas())
                .isEqualTo(1);
    }

    @Test
    void answersListsAndLabelSelectors() {
        assertThat(client().pods().inNamespace("shop").list().getItems()).hasSize(3);
        assertThat(client().pods()
                        .inNamespace("shop")
                        .withLabel("app", "cart")
                        .list()
                        .getItems())
                .extracting(p -> p.getMetadata().getName())
                .containsExactly("cart-7d9f-abcde");
        assertThat(client().pods().inAnyNamespace().list().getItems()).hasSize(3);
        assertThat(client().nodes().list().getItems()).hasSize(1);
    }

    @Test
    void createsNamespacesThatObjectsReferButTheSnapshotLacks() {
        assertThat(client().namespaces().list().getItems())
                .extracting(ns -> ns.getMetadata().getName())
                .containsExactlyInAnyOrder("default", "shop", "payments");
        Namespace payments = client().namespaces().withName("payments").get();
        assertThat(payments.getStatus().getPhase()).isEqualTo("Active");
    }

    @Test
    void servesKindsWithoutAModelClassThroughTheGenericClient() {
        GenericKubernetesResource widget = client().genericKubernetesResources("example.com/v1", "Widget")
                .inNamespace("payments")
                .withName("blue")
                .get();

        assertThat(widget.get("status", "state").toString()).isEqualTo("Broken");
    }

    @Test
    void keepsCrudWorkingForChanges() {
        client().configMaps()
                .inNamespace("shop")
                .resource(new ConfigMapBuilder()
                        .withNewMetadata()
                        .withName("added")
                        .endMetadata()
                        .addToData("k", "v")
                        .build())
                .create();
        client().apps().deployments().inNamespace("shop").withName("cart").edit(d -> new DeploymentBuilder(d)
                .editSpec()
                .withReplicas(3)
                .endSpec()
                .build());

        assertThat(client().configMaps()
                        .inNamespace("shop")
                        .withName("added")
                        .get()
                        .getData())
                .containsEntry("k", "v");
        Deployment cart = client().apps()
                .deployments()
                .inNamespace("shop")
                .withName("cart")
                .get();
        assertThat(cart.getSpec().getReplicas()).isEqualTo(3);
        assertThat(cart.getMetadata().getCreationTimestamp()).isEqualTo("2026-10-01T00:00:00Z");
    }

    @Test
    void clockStandsAtTheCaptureTime() {
        assertThat(cluster.cluster().clock().instant()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
    }

    @Test
    void servesTheCurrentLogOfTheOnlyContainerWithoutNamingIt() {
        assertThat(pod("cart-7d9f-abcde").getLog())
                .isEqualTo("2026-11-21T09:50:00Z starting cart\n2026-11-21T09:55:00Z loading catalog\n"
                        + "java.lang.OutOfMemoryError: Java heap space\n\tat dev.shop.Cart.load(Cart.java:42)\n"
                        + "2026-11-21T09:59:30Z still alive\n");
    }

    @Test
    void servesThePreviousLog() {
        assertThat(pod("cart-7d9f-abcde").inContainer("cart").terminated().getLog())
                .isEqualTo("2026-11-21T09:40:00Z starting cart\n2026-11-21T09:45:00Z killed\n");
    }

    @Test
    void servesEachContainerAndInitContainerByName() {
        assertThat(pod("web-1").inContainer("web").getLog()).contains("GET /checkout 502");
        assertThat(pod("web-1").inContainer("sidecar").getLog()).isEqualTo("[envoy] upstream reset\n");
        assertThat(pod("web-1").inContainer("migrate").getLog()).isEqualTo("migrated 12 tables\n");
    }

    @Test
    void tailsLines() {
        assertThat(pod("cart-7d9f-abcde").tailingLines(2).getLog())
                .isEqualTo("\tat dev.shop.Cart.load(Cart.java:42)\n2026-11-21T09:59:30Z still alive\n");
    }

    @Test
    void limitsBytesAfterTailing() {
        assertThat(pod("cart-7d9f-abcde").limitBytes(10).getLog()).isEqualTo("2026-11-21");
        assertThat(pod("web-1").inContainer("web").limitBytes(9).tailingLines(1).getLog())
                .isEqualTo("GET /chec");
    }

    @Test
    void filtersTimestampedLinesBySinceSecondsCountedFromTheCaptureTimeAndKeepsOthers() {
        assertThat(pod("cart-7d9f-abcde").sinceSeconds(300).getLog())
                .isEqualTo("2026-11-21T09:55:00Z loading catalog\njava.lang.OutOfMemoryError: Java heap space\n"
                        + "\tat dev.shop.Cart.load(Cart.java:42)\n2026-11-21T09:59:30Z still alive\n");
    }

    @Test
    void filtersBySinceTime() {
        assertThat(pod("cart-7d9f-abcde").sinceTime("2026-11-21T09:59:00Z").getLog())
                .isEqualTo("java.lang.OutOfMemoryError: Java heap space\n\tat dev.shop.Cart.load(Cart.java:42)\n"
                        + "2026-11-21T09:59:30Z still alive\n");
    }

    @Test
    void answersAnUnknownPodWithNotFound() {
        assertThatThrownBy(() -> pod("nope").getLog())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode())
                        .isEqualTo(404))
                .hasMessageContaining("pods \"nope\" not found");
    }

    @Test
    void answersAContainerNotInThePodWithBadRequest() {
        assertThatThrownBy(() -> pod("web-1").inContainer("x").getLog())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode())
                        .isEqualTo(400))
                .hasMessageContaining("container \"x\" is not valid for pod \"web-1\"");
    }

    @Test
    void answersAMissingPreviousInstanceWithBadRequest() {
        assertThatThrownBy(() -> pod("web-1").inContainer("web").terminated().getLog())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode())
                        .isEqualTo(400))
                .hasMessageContaining("previous terminated container \"web\" in pod \"web-1\" not found");
    }

    @Test
    void asksForAContainerNameWhenThePodHasSeveral() {
        assertThatThrownBy(() -> pod("web-1").getLog())
                .isInstanceOf(KubernetesClientException.class)
                .hasMessageContaining(
                        "a container name must be specified for pod web-1, choose one of: [web, sidecar]");
    }

    @Test
    void answersAContainerThatNeverStartedWithItsWaitingReason() {
        assertThatThrownBy(() -> pod("img-1").getLog())
                .isInstanceOf(KubernetesClientException.class)
                .hasMessageContaining("container \"app\" in pod \"img-1\" is waiting to start: ImagePullBackOff");
    }

    @Test
    void rejectsInvalidLogParametersLikeTheApiServer() {
        assertThatThrownBy(() -> pod("cart-7d9f-abcde").tailingLines(-1).getLog())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode())
                        .isEqualTo(400))
                .hasMessageContaining("tailLines: Invalid value: \"-1\"");
    }

    @Test
    void scalesWorkloadsThroughTheScaleSubresource() {
        var cart = client().apps().deployments().inNamespace("shop").withName("cart");

        assertThat(cart.scale().getSpec().getReplicas()).isEqualTo(1);
        cart.scale(0);

        assertThat(cart.get().getSpec().getReplicas()).isZero();
        assertThat(cart.get().getMetadata().getGeneration()).isEqualTo(5);
        assertThat(cart.get().getStatus().getUnavailableReplicas()).isEqualTo(1);
    }

    @Test
    void answersScaleOfAnUnknownWorkloadWithNotFound() {
        assertThatThrownBy(() -> client().apps()
                        .deployments()
                        .inNamespace("shop")
                        .withName("nope")
                        .scale())
                .isInstanceOf(KubernetesClientException.class)
                .hasMessageContaining("deployments.apps \"nope\" not found");
    }

    @Test
    void followsPodsDeletedThroughTheApi() {
        pod("web-1").delete();

        assertThatThrownBy(() -> pod("web-1").inContainer("web").getLog())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode())
                        .isEqualTo(404));
    }

    @Test
    void closingStopsTheServer() {
        EmbeddedCluster own = EmbeddedCluster.start(cluster.cluster().snapshot());
        KubernetesClient stranger = new io.fabric8.kubernetes.client.KubernetesClientBuilder()
                .withConfig(new io.fabric8.kubernetes.client.ConfigBuilder(io.fabric8.kubernetes.client.Config.empty())
                        .withMasterUrl(own.url())
                        .withRequestRetryBackoffLimit(0)
                        .build())
                .build();
        assertThat(stranger.pods().inNamespace("shop").list().getItems()).hasSize(3);

        own.close();

        assertThatThrownBy(() -> stranger.pods().inNamespace("shop").list())
                .isInstanceOf(KubernetesClientException.class);
        stranger.close();
    }
}
