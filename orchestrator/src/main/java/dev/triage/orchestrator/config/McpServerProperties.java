package dev.triage.orchestrator.config;

import dev.triage.agents.tools.McpAuth;
import dev.triage.agents.tools.McpCredentials;
import dev.triage.agents.tools.McpEndpoint;
import dev.triage.agents.tools.SigV4Auth;
import java.net.URI;

/**
 * One MCP server of a cluster ({@code triage.clusters.NAME.eks|cloudwatch|runbook}): where it is and what each request
 * carries to be let in.
 *
 * @param url the server's own URL ({@code /mcp} included), or an AgentCore Gateway's ({@code https://GATEWAY_ID.gateway.
 *     bedrock-agentcore.REGION.amazonaws.com/mcp}) with {@code gatewayTarget}; or leave it out and give
 *     {@code runtimeArn}
 * @param runtimeArn an AgentCore Runtime hosting the server: the invoke URL ({@code https://bedrock-agentcore.REGION.
 *     amazonaws.com/runtimes/ENCODED_ARN/invocations?qualifier=QUALIFIER}) is made from it
 * @param qualifier the Runtime endpoint, {@code DEFAULT} unless set
 * @param gatewayTarget the Gateway target whose tools ({@code TARGET___tool}) are this server's
 * @param oauth a client-credentials grant (Cognito) for this server; without it and {@code sigv4}, the agents'
 *     {@code triage.agents.auth}, if any, is used
 * @param sigv4 sign every request with SigV4 (AgentCore with IAM inbound auth), credentials from the default chain
 */
public record McpServerProperties(
        URI url,
        String runtimeArn,
        String qualifier,
        String gatewayTarget,
        AgentsAuthProperties oauth,
        SigV4Properties sigv4) {

    /**
     * The SigV4 signing settings.
     *
     * @param region the region to sign for; the Runtime ARN's region when unset
     * @param service the signing name; {@code bedrock-agentcore} when unset
     */
    public record SigV4Properties(String region, String service) {}

    /** Checks the entry; {@code key} names it in the message ({@code triage.clusters.prod.eks}). */
    void check(String key) {
        if ((url == null) == (runtimeArn == null)) {
            throw new IllegalArgumentException(key + " needs url or runtime-arn (one of them)");
        }
        if (url != null
                && (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())))) {
            throw new IllegalArgumentException(key + ".url must be an http(s) URL, was " + url);
        }
        if (runtimeArn != null) {
            McpEndpoint.runtimeRegion(runtimeArn);
        }
        if (qualifier != null && runtimeArn == null) {
            throw new IllegalArgumentException(key + ".qualifier applies only with runtime-arn");
        }
        if (oauth != null && sigv4 != null) {
            throw new IllegalArgumentException(key + ": set oauth or sigv4, not both");
        }
        if (oauth != null) {
            oauth.check(key + ".oauth");
        }
        if (sigv4 != null && runtimeArn == null && isBlank(sigv4.region())) {
            throw new IllegalArgumentException(key + ".sigv4.region is required unless runtime-arn names it");
        }
    }

    /**
     * How the agents reach this server, the entry at {@code key}; {@code shared} is {@code triage.agents.auth}'s
     * credentials.
     */
    McpEndpoint endpoint(String key, McpCredentials shared) {
        URI target = url != null ? url : McpEndpoint.agentCoreRuntime(runtimeArn, qualifier);
        return new McpEndpoint(target, auth(key, shared), gatewayTarget);
    }

    private McpAuth auth(String key, McpCredentials shared) {
        if (sigv4 != null) {
            String region = isBlank(sigv4.region()) ? McpEndpoint.runtimeRegion(runtimeArn) : sigv4.region();
            return SigV4Auth.defaultChain(region, sigv4.service());
        }
        return McpAuth.of(oauth != null ? oauth.credentials(key + ".oauth") : shared);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
