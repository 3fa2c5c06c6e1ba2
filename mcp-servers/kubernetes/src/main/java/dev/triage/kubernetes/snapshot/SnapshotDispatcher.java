package dev.triage.kubernetes.snapshot;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.internal.MockDispatcher;
import io.fabric8.mockwebserver.internal.SimpleRequest;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pod logs from the snapshot, workload scale, the mock server's own expectations ({@code /}, {@code /version}), and CRUD for
 * everything else: fabric8's mixed dispatcher, plus the {@code /log} subresource that CRUD mode does not serve.
 */
final class SnapshotDispatcher extends Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotDispatcher.class);

    private final Map<ServerRequest, Queue<ServerResponse>> expectations;
    private final MockDispatcher expected;
    private final KubernetesCrudDispatcher crud;
    private final PodLogEndpoint logs;
    private final ScaleEndpoint scale;
    private final KubernetesSerialization serialization;
    private final CompletableFuture<Snapshot> loaded;

    SnapshotDispatcher(
            Map<ServerRequest, Queue<ServerResponse>> expectations,
            KubernetesCrudDispatcher crud,
            PodLogEndpoint logs,
            ScaleEndpoint scale,
            KubernetesSerialization serialization,
            CompletableFuture<Snapshot> loaded) {
        this.expectations = expectations;
        this.loaded = loaded;
        this.expected = new MockDispatcher(expectations);
        this.crud = crud;
        this.logs = logs;
        this.scale = scale;
        this.serialization = serialization;
    }

    /** A failure inside a handler would leave the client waiting for its timeout: it is answered as a 500. */
    @Override
    public MockResponse dispatch(RecordedRequest request) {
        try {
            loaded.join(); // at once, except for a request that comes while the snapshot still loads
        } catch (CompletionException e) {
            return ApiError.unavailable(
                            "the snapshot could not be loaded: " + e.getCause().getMessage())
                    .toResponse(serialization);
        }
        try {
            return route(request);
        } catch (RuntimeException e) {
            LOG.warn("Embedded API server failed on {} {}", request.getMethod(), request.getPath(), e);
            return ApiError.internal(request.getMethod() + " " + request.getPath() + " failed: " + e)
                    .toResponse(serialization);
        }
    }

    private MockResponse route(RecordedRequest request) {
        String path = request.getPath();
        if (request.method() == HttpMethod.GET && logs.matches(path)) {
            return logs.serve(path);
        }
        if (scale.matches(path)) {
            return scale.serve(request);
        }
        Queue<ServerResponse> queued = expectations.get(new SimpleRequest(request.method(), path));
        return queued != null && !queued.isEmpty() ? expected.dispatch(request) : crud.dispatch(request);
    }

    @Override
    public void shutdown() {
        expected.shutdown();
        crud.shutdown();
    }
}
