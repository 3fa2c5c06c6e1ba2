package dev.triage.kubernetes.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.testing.TestSnapshots;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SnapshotDispatcherTest {

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    /** The mock server leaves a request unanswered when its dispatcher throws; the client would wait and time out. */
    @Test
    void answersAFailingHandlerWithAnInternalErrorStatus() {
        KubernetesCrudDispatcher failing = new KubernetesCrudDispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                throw new IllegalStateException("store broke");
            }
        };
        SnapshotDispatcher dispatcher = dispatcher(failing, CompletableFuture.completedFuture(small));

        MockResponse response = dispatcher.dispatch(podList());

        assertThat(response.code()).isEqualTo(500);
        assertThat(response.getBody().readUtf8())
                .contains("\"kind\":\"Status\"", "GET /api/v1/namespaces/shop/pods failed", "store broke");
    }

    /** A cluster serves while its snapshot loads: a request that comes first is answered once the objects are in. */
    @Test
    void aRequestBeforeTheSnapshotIsLoadedWaitsForIt() throws Exception {
        KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
        CompletableFuture<Snapshot> loaded = new CompletableFuture<>();
        SnapshotDispatcher dispatcher = dispatcher(crud, loaded);

        CompletableFuture<MockResponse> answer = CompletableFuture.supplyAsync(() -> dispatcher.dispatch(podList()));
        Thread.sleep(200); // not a bound on anything: time for the request to have been answered, were it not waiting
        assertThat(answer).isNotDone();
        new ClusterStore(crud, serialization, small.capturedAt()).load(small.objects());
        loaded.complete(small);

        MockResponse response = answer.get(30, TimeUnit.SECONDS);
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getBody().readUtf8()).contains("\"kind\":\"Pod\"", "web-1");
    }

    @Test
    void aSnapshotThatDidNotLoadIsAnsweredAsUnavailableWithWhy() {
        KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
        SnapshotDispatcher dispatcher = dispatcher(
                crud, CompletableFuture.failedFuture(new SnapshotException("pods.yaml (document 2): not valid YAML")));

        MockResponse response = dispatcher.dispatch(podList());

        assertThat(response.code()).isEqualTo(503);
        assertThat(response.getBody().readUtf8())
                .contains("ServiceUnavailable", "the snapshot could not be loaded: pods.yaml (document 2)");
    }

    private final Snapshot small = TestSnapshots.load("small");

    private SnapshotDispatcher dispatcher(KubernetesCrudDispatcher crud, CompletableFuture<Snapshot> loaded) {
        return new SnapshotDispatcher(
                new HashMap<>(),
                crud,
                new PodLogEndpoint(small.root(), small.capturedAt(), crud, serialization),
                new ScaleEndpoint(crud, serialization),
                serialization,
                loaded);
    }

    private static RecordedRequest podList() {
        return new RecordedRequest(
                "HTTP/1.1",
                HttpMethod.GET,
                "/api/v1/namespaces/shop/pods",
                Headers.builder().build(),
                new Buffer());
    }
}
