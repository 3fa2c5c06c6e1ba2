package dev.triage.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import dev.triage.kubernetes.testing.TestSnapshots;
import io.fabric8.kubernetes.client.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ClusterConnectionsTest {

    @RegisterExtension
    static final EmbeddedClusterExtension cluster = EmbeddedClusterExtension.of("small");

    @TempDir
    static Path home;

    private String previousKubeconfig;

    /** fabric8 reads the kubeconfig named by this system property before $KUBECONFIG and ~/.kube/config. */
    @BeforeEach
    void pointKubeconfigAtTheEmbeddedCluster() throws Exception {
        Path kubeconfig = home.resolve("kubeconfig");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                  - name: arn:aws:eks:us-east-1:123456789012:cluster/shop-prod
                    cluster: {server: "%s"}
                  - name: kind-dev
                    cluster: {server: "%s"}
                contexts:
                  - name: prod
                    context: {cluster: "arn:aws:eks:us-east-1:123456789012:cluster/shop-prod", user: me}
                  - name: dev
                    context: {cluster: kind-dev, user: me}
                current-context: dev
                users:
                  - name: me
                    user: {token: not-a-real-token}
                """.formatted(
                        cluster.cluster().url(), cluster.cluster().url()));
        previousKubeconfig = System.setProperty(Config.KUBERNETES_KUBECONFIG_FILE, kubeconfig.toString());
    }

    @AfterEach
    void restoreKubeconfig() {
        if (previousKubeconfig == null) {
            System.clearProperty(Config.KUBERNETES_KUBECONFIG_FILE);
        } else {
            System.setProperty(Config.KUBERNETES_KUBECONFIG_FILE, previousKubeconfig);
        }
    }

    @Test
    void opensASnapshotAsAnEmbeddedClusterThatStopsOnClose() {
        ClusterConnection connection =
                ClusterConnections.open(Optional.of(TestSnapshots.dir("small")), Optional.of("prod"));

        assertThat(connection.clusterName()).isEqualTo("test-cluster");
        assertThat(connection.clock().instant()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(connection.client().pods().inNamespace("shop").list().getItems())
                .hasSize(3);

        connection.close();

        assertThat(connection.client().getHttpClient().isClosed()).isTrue();
    }

    @Test
    void opensAKubeconfigContextNamedByItsEksClusterName() {
        try (ClusterConnection connection = ClusterConnections.open(Optional.empty(), Optional.of("prod"))) {
            assertThat(connection.clusterName()).isEqualTo("shop-prod");
            assertThat(connection.client().getMasterUrl().toString())
                    .isEqualTo(cluster.cluster().url());
            assertThat(connection.client().nodes().list().getItems()).hasSize(1);
            assertThat(connection.clock().instant()).isAfter(Instant.parse("2026-11-21T10:00:00Z"));
        }
    }

    @Test
    void refusesAContextTheKubeconfigLacks() {
        assertThatThrownBy(() -> ClusterConnections.open(Optional.empty(), Optional.of("staging")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no context 'staging'")
                .hasMessageContaining("prod");
    }

    @Test
    void fallsBackToTheCurrentContextAndTakesTheNameFromTheEnvironment() {
        try (ClusterConnection named =
                        ClusterConnections.fallback(Map.of(ClusterConnections.CLUSTER_NAME_ENV, "edge"));
                ClusterConnection unnamed = ClusterConnections.fallback(Map.of())) {
            assertThat(named.clusterName()).isEqualTo("edge");
            assertThat(unnamed.clusterName()).isEqualTo("kind-dev");
            assertThat(unnamed.client().namespaces().withName("shop").get()).isNotNull();
        }
    }

    @Test
    void namesAClusterReachedWithoutKubeconfigInCluster(@TempDir Path empty) {
        System.setProperty(
                Config.KUBERNETES_KUBECONFIG_FILE, empty.resolve("absent").toString());

        try (ClusterConnection connection =
                ClusterConnections.fallback(Map.of(ClusterConnections.SERVICE_HOST_ENV, "10.100.0.1"))) {
            assertThat(connection.clusterName()).isEqualTo("in-cluster");
        }
    }

    @Test
    void noKubeconfigOutsideAPodIsRefusedAtOnceNamingWhatToGive(@TempDir Path empty) {
        System.setProperty(
                Config.KUBERNETES_KUBECONFIG_FILE, empty.resolve("absent").toString());

        assertThatThrownBy(() -> ClusterConnections.fallback(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no cluster to read")
                .hasMessageContaining("--triage.snapshot=DIR")
                .hasMessageContaining("--triage.kubernetes.context=CTX");
    }

    @Test
    void shortensOnlyEksArns() {
        assertThat(ClusterConnections.clusterName("arn:aws:eks:eu-west-1:123456789012:cluster/payments"))
                .isEqualTo("payments");
        assertThat(ClusterConnections.clusterName("payments.eu-west-1.eksctl.io"))
                .isEqualTo("payments.eu-west-1.eksctl.io");
    }
}
