package dev.triage.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * One container's log, read with a single {@code GET .../pods/NAME/log} request. fabric8's log DSL first waits for
 * the pod to be ready or terminated, and even with no wait it lists and watches the pod to find out: two more API
 * calls per log read, against a cluster under incident load. Its DSL also cannot ask for the previous container's
 * log with a byte limit; the API can.
 *
 * @param previous the previous (terminated) container's log instead of the running one's
 * @param tailLines the last lines only, if given
 * @param limitBytes at most this many bytes, if given
 * @param sinceSeconds lines from this many seconds back only, if given
 */
public record PodLog(
        String namespace,
        String pod,
        String container,
        boolean previous,
        OptionalInt tailLines,
        OptionalInt limitBytes,
        OptionalInt sinceSeconds) {

    /**
     * The log's text; a failed request throws fabric8's {@code KubernetesClientException} with the API's status,
     * a 404 (which fabric8's raw read answers with null) included: a pod that is gone is not an empty log.
     */
    public String read(KubernetesClient client) {
        String log = client.raw(path());
        if (log == null) {
            throw new KubernetesClientException(
                    "pods \"" + pod + "\" not found in namespace \"" + namespace + "\" (404)", 404, null);
        }
        return log;
    }

    /** The request's path and query, as the API server takes them. */
    String path() {
        StringBuilder path = new StringBuilder("/api/v1/namespaces/")
                .append(encoded(namespace))
                .append("/pods/")
                .append(encoded(pod))
                .append("/log?container=")
                .append(encoded(container));
        if (previous) {
            path.append("&previous=true");
        }
        tailLines.ifPresent(lines -> path.append("&tailLines=").append(lines));
        limitBytes.ifPresent(bytes -> path.append("&limitBytes=").append(bytes));
        sinceSeconds.ifPresent(seconds -> path.append("&sinceSeconds=").append(seconds));
        return path.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
