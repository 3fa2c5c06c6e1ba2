package dev.triage.kubernetes.testing;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.snapshot.EmbeddedCluster;
import dev.triage.kubernetes.snapshot.SnapshotLoader;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A snapshot served by the embedded API server, behind a client that records the raw path and query of every request
 * it sends: what a server under test asked the cluster for.
 */
public final class RecordingCluster {

    private final List<String> requests = new ArrayList<>();

    /** A connection to {@code snapshot}, for a test's own {@code ClusterConnection} bean. */
    public ClusterConnection open(Path snapshot) {
        EmbeddedCluster cluster = EmbeddedCluster.start(SnapshotLoader.load(snapshot));
        KubernetesClient client = new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder(Config.empty())
                        .withMasterUrl(cluster.url())
                        .withNamespace("default")
                        .withHttp2Disable(true)
                        .build())
                .withHttpClientBuilderConsumer(builder -> builder.addOrReplaceInterceptor("record", new Interceptor() {
                    @Override
                    public void before(BasicBuilder request, HttpRequest sent, RequestTags tags) {
                        record(sent.uri().getRawPath() + "?" + sent.uri().getRawQuery());
                    }
                }))
                .build();
        return new ClusterConnection(cluster.snapshot().cluster(), client, cluster.clock(), () -> {
            client.close();
            cluster.close();
        });
    }

    private synchronized void record(String request) {
        requests.add(request);
    }

    /** The requests sent since the last call, each also decoded, so an encoded slash is seen as one. */
    public synchronized List<String> drain() {
        List<String> sent = new ArrayList<>();
        for (String request : requests) {
            sent.add(request);
            sent.add(URLDecoder.decode(request.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        requests.clear();
        return sent;
    }
}
