package dev.triage.mcp.runbook.cluster;

import dev.triage.mcp.hosting.server.UpstreamErrors;
import io.fabric8.kubernetes.client.KubernetesClientException;

/** The API server's own words for a failed read (forbidden, unreachable), not the client's long wrapper. */
final class KubernetesErrors implements UpstreamErrors {

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
