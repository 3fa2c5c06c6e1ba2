package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Container logs through the API, bounded to the last lines and counted as API calls. The pod log subresource is
 * read directly: the client's log DSL first fetches the pod to wait for readiness, an extra call for a status the
 * analyzers already hold.
 */
final class ClusterLogs implements LogSource {

    /** The crash explanation is at the end of a log; 200 lines hold a stack trace and the lines before it. */
    static final int TAIL_LINES = 200;

    private final KubernetesClient client;
    private final ApiCalls calls;

    ClusterLogs(KubernetesClient client, ApiCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    @Override
    public Optional<String> tail(String namespace, String pod, String container, boolean previous) {
        calls.add();
        try {
            return Optional.ofNullable(client.raw(url(namespace, pod, container, previous)))
                    .filter(log -> !log.isBlank());
        } catch (KubernetesClientException e) {
            // No previous instance, or a log rotated away: the finding stands on its other evidence.
            return Optional.empty();
        }
    }

    private String url(String namespace, String pod, String container, boolean previous) {
        String master = client.getMasterUrl().toString();
        return (master.endsWith("/") ? master : master + "/")
                + "api/v1/namespaces/" + encode(namespace) + "/pods/" + encode(pod) + "/log"
                + "?container=" + encode(container) + "&tailLines=" + TAIL_LINES + (previous ? "&previous=true" : "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
