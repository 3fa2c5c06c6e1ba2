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
        SnapshotDispatcher dispatcher = new SnapshotDispatcher(
                new HashMap<>(),
                failing,
                new PodLogEndpoint(TestSnapshots.load("small"), failing, serialization),
                new ScaleEndpoint(failing, serialization),
                serialization);

        MockResponse response = dispatcher.dispatch(new RecordedRequest(
                "HTTP/1.1",
                HttpMethod.GET,
                "/api/v1/namespaces/shop/pods",
                Headers.builder().build(),
                new Buffer()));

        assertThat(response.code()).isEqualTo(500);
        assertThat(response.getBody().readUtf8())
                .contains("\"kind\":\"Status\"", "GET /api/v1/namespaces/shop/pods failed", "store broke");
    }
}
