package dev.triage.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.kubernetes.snapshot.EmbeddedCluster;
import dev.triage.kubernetes.snapshot.Snapshot;
import dev.triage.kubernetes.snapshot.SnapshotLoader;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A log read is one request to the API server's log endpoint, with every option the API takes. */
class PodLogTest {

    private static EmbeddedCluster cluster;
    private static String cart;

    private final List<String> sent = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        Snapshot snapshot = SnapshotLoader.load(BundledSnapshots.demo());
        cluster = EmbeddedCluster.start(snapshot);
        cart = snapshot.objects().stream()
                .filter(o ->
                        "Pod".equals(o.getKind()) && o.getMetadata().getName().startsWith("cart-"))
                .filter(o -> snapshot.log("shop", o.getMetadata().getName(), "cart", true)
                        .isPresent())
                .findFirst()
                .orElseThrow()
                .getMetadata()
                .getName();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void theCrashedInstancesLogIsOneRequestAndTakesAByteLimit() throws Exception {
        try (KubernetesClient client = counting()) {
            String whole = new PodLog(
                            "shop", cart, "cart", true, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty())
                    .read(client);
            String first = new PodLog(
                            "shop", cart, "cart", true, OptionalInt.empty(), OptionalInt.of(20), OptionalInt.empty())
                    .read(client);
            String last = new PodLog(
                            "shop", cart, "cart", true, OptionalInt.of(1), OptionalInt.empty(), OptionalInt.empty())
                    .read(client);

            Path file = cluster.snapshot().log("shop", cart, "cart", true).orElseThrow();
            assertThat(whole).isEqualTo(Files.readString(file));
            assertThat(first).isEqualTo(whole.substring(0, 20));
            assertThat(last.strip())
                    .isEqualTo(whole.strip().lines().reduce((a, b) -> b).orElseThrow());
            assertThat(sent)
                    .containsExactly(
                            "/api/v1/namespaces/shop/pods/" + cart + "/log?container=cart&previous=true",
                            "/api/v1/namespaces/shop/pods/" + cart + "/log?container=cart&previous=true&limitBytes=20",
                            "/api/v1/namespaces/shop/pods/" + cart + "/log?container=cart&previous=true&tailLines=1");
        }
    }

    @Test
    void aPodThatIsNotThereIsTheApisError() {
        try (KubernetesClient client = counting()) {
            PodLog missing = new PodLog(
                    "shop", "no-such-pod", "cart", false, OptionalInt.of(5), OptionalInt.empty(), OptionalInt.empty());

            assertThatThrownBy(() -> missing.read(client))
                    .isInstanceOf(KubernetesClientException.class)
                    .hasMessageContaining("404");
            assertThat(sent).hasSize(1);
        }
    }

    /** A client of the cluster that records the path and query of every request it sends, retrying nothing. */
    private KubernetesClient counting() {
        Interceptor recording = new Interceptor() {
            @Override
            public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
                sent.add(request.uri().getRawPath() + "?" + request.uri().getRawQuery());
            }
        };
        return new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder()
                        .withMasterUrl(cluster.url())
                        .withRequestRetryBackoffLimit(0)
                        .build())
                .withHttpClientBuilderConsumer(builder -> builder.addOrReplaceInterceptor("recording", recording))
                .build();
    }
}
