package dev.triage.kubernetes.server;

import dev.triage.mcp.hosting.server.UpstreamErrors;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * The API server's own words for a failed call ({@code pods "x" not found}, HTTP 404), not the client's long
 * "Failure executing: GET at: ..." wrapper.
 */
public final class KubernetesErrors implements UpstreamErrors {

    /** The API server answered (not found, forbidden, bad request): the call was wrong, not the server. */
    @Override
    public boolean isUpstreamAnswer(Exception exception) {
        return exception instanceof KubernetesClientException api && api.getStatus() != null;
    }

    @Override
    public String describe(Exception exception) {
        if (exception instanceof KubernetesClientException api && api.getStatus() != null) {
            String message = api.getStatus().getMessage();
            return (message == null ? api.getStatus().getReason() : message) + " (HTTP " + api.getCode() + ")";
        }
        if (exception instanceof KubernetesClientException api && api.getCause() != null) {
            return "the Kubernetes API could not be reached: " + api.getCause().getMessage();
        }
        return UpstreamErrors.messages().describe(exception);
    }
}
