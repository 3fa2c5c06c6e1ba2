package dev.triage.mcp.hosting;

import java.net.URI;
import java.util.List;

/**
 * JWT bearer authentication of an MCP server ({@code triage.mcp.auth.*}), the Bedrock AgentCore inbound model:
 * tokens from an OIDC issuer (a Cognito user pool) issued to allowed app clients, with the scope {@code tools/read}
 * for read and sensitive-read tools and {@code tools/execute} for mutating ones. Setting any key turns it on.
 *
 * @param issuerUri the token issuer; its discovery document ({@code /.well-known/openid-configuration}) names the
 *     signing keys, e.g. {@code https://cognito-idp.<region>.amazonaws.com/<pool id>}
 * @param jwkSetUri optional: the signing keys' JWK set, instead of discovery (the issuer is still checked)
 * @param clientIds the app clients whose tokens are accepted ({@code client_id}, as Cognito access tokens carry it,
 *     or {@code aud})
 */
public record McpAuthProperties(URI issuerUri, URI jwkSetUri, List<String> clientIds) {

    public McpAuthProperties {
        requireHttpUri("issuer-uri", issuerUri);
        if (jwkSetUri != null) {
            requireHttpUri("jwk-set-uri", jwkSetUri);
        }
        if (clientIds == null || clientIds.isEmpty() || clientIds.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("triage.mcp.auth.client-ids must list the app client ids whose "
                    + "tokens are accepted (none may be blank), was " + clientIds);
        }
        clientIds = List.copyOf(clientIds);
    }

    private static void requireHttpUri(String key, URI uri) {
        if (uri == null) {
            throw new IllegalArgumentException("triage.mcp.auth." + key + " is required when triage.mcp.auth is "
                    + "configured, e.g. https://cognito-idp.<region>.amazonaws.com/<pool id>");
        }
        if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("triage.mcp.auth." + key + " must be an absolute https URL, was " + uri);
        }
    }
}
