package dev.triage.kubernetes.tracing;

import dev.triage.mcp.hosting.tracing.ClientSpan;
import dev.triage.mcp.hosting.tracing.ClientSpans;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.fabric8.kubernetes.client.utils.HttpClientUtils;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client span per Kubernetes API request a traced MCP request's tool makes: method, path and what it names, and the
 * status; never the query (label and field selectors carry values) nor a body (a Secret's data). fabric8 sends from
 * the caller's thread but answers on its HTTP client's threads and retries from its scheduler's, so a call is
 * remembered by the caller's request (which every retry reuses, and a connection failure names) and an attempt by its
 * span id (which its {@code traceparent} header carries), both until the MCP request ends. An attempt ends when its
 * response's head arrives, before the body reaches the caller.
 */
public final class ApiRequestSpans implements Interceptor {

    static final String NAME = "triage-tracing";
    private static final String TRACEPARENT = "traceparent";

    private final Map<UUID, Call> calls = new ConcurrentHashMap<>();
    private final Map<String, ClientSpan> attempts = new ConcurrentHashMap<>();

    private ApiRequestSpans() {}

    /** A client for {@code config} whose API requests are client spans when they serve a traced MCP request. */
    public static KubernetesClient client(Config config) {
        return client(config, new KubernetesSerialization());
    }

    /**
     * The same, reading with {@code serialization}: an embedded cluster's, which built its deserializers for the
     * very kinds the client will read while it loaded the snapshot.
     */
    public static KubernetesClient client(Config config, KubernetesSerialization serialization) {
        return new KubernetesClientBuilder()
                .withConfig(config)
                .withKubernetesSerialization(serialization)
                .withHttpClientFactory(new FirstInterceptor(HttpClientUtils.getHttpClientFactory()))
                .build();
    }

    @Override
    public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
        Call call = calls.get(request.id());
        if (call == null) {
            Optional<ClientSpans> clients = ClientSpans.current();
            if (clients.isEmpty()) {
                return;
            }
            call = new Call(clients.get(), request.id());
            calls.put(request.id(), call);
            clients.get().atRequestEnd(forgetting(call));
        }
        ClientSpan span = call.attempt(request);
        span.propagate(builder::setHeader);
        attempts.put(span.spanId(), span);
    }

    @Override
    public void after(HttpRequest request, HttpResponse<?> response, AsyncBody.Consumer<List<ByteBuffer>> consumer) {
        String traceparent = request.header(TRACEPARENT);
        ClientSpan span = traceparent == null ? null : attempts.remove(spanId(traceparent));
        if (span != null) {
            span.answered(response.code());
        }
    }

    /** {@code request} is the caller's; fabric8 says nothing here after its last attempt (the request's end does). */
    @Override
    public void afterConnectionFailure(HttpRequest request, Throwable failure) {
        Call call = calls.get(request.id());
        ClientSpan span = call == null ? null : call.current;
        if (span != null && attempts.remove(span.spanId()) != null) {
            span.failed(failure.getClass().getName());
        }
    }

    private Runnable forgetting(Call call) {
        return () -> {
            calls.remove(call.request);
            ClientSpan last = call.current;
            if (last != null) {
                attempts.remove(last.spanId());
            }
        };
    }

    /** {@code 00-TRACE-SPAN-FLAGS}. */
    private static String spanId(String traceparent) {
        String[] parts = traceparent.split("-");
        return parts.length == 4 ? parts[2] : "";
    }

    /**
     * Puts these spans before fabric8's own interceptors (headers, impersonation, token refresh), which each rebuild
     * the request: only the first sees the caller's request, the one a retry reuses and a connection failure names.
     */
    private record FirstInterceptor(HttpClient.Factory factory) implements HttpClient.Factory {
        @Override
        public HttpClient.Builder newBuilder() {
            return factory.newBuilder().addOrReplaceInterceptor(NAME, new ApiRequestSpans());
        }

        @Override
        public int priority() {
            return factory.priority();
        }
    }

    /** One call as the caller made it, over its attempts (one at a time: a retry follows a failure). */
    private static final class Call {
        private final ClientSpans clients;
        private final UUID request;
        private int attempts;
        private volatile ClientSpan current;

        Call(ClientSpans clients, UUID request) {
            this.clients = clients;
            this.request = request;
        }

        synchronized ClientSpan attempt(HttpRequest sent) {
            URI uri = sent.uri();
            String path = uri.getRawPath();
            ApiPath names = ApiPath.of(path);
            ClientSpan span = clients.start(sent.method() + " " + names.spanTarget(path))
                    .attribute("http.request.method", sent.method())
                    .attribute("url.path", path)
                    .attribute("server.address", uri.getHost())
                    .attribute("server.port", port(uri))
                    .attribute("k8s.namespace.name", names.namespace())
                    .attribute("k8s.resource", names.resource())
                    .attribute("k8s.subresource", names.subresource());
            if (attempts > 0) {
                span.attribute("http.request.resend_count", attempts);
            }
            attempts++;
            current = span;
            return span;
        }

        private static long port(URI uri) {
            if (uri.getPort() != -1) {
                return uri.getPort();
            }
            return "https".equals(uri.getScheme()) ? 443 : 80;
        }
    }
}
