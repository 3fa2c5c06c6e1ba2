package dev.triage.orchestrator.config;

import dev.triage.agents.tools.McpCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How the agents authenticate to MCP servers that check tokens ({@code triage.agents.auth.*}): an OAuth 2.0
 * client-credentials grant from a token endpoint (Cognito's {@code https://DOMAIN.auth.REGION.amazoncognito.com/
 * oauth2/token}), or a static bearer token. Nothing is sent without it (the embedded servers need nothing).
 *
 * @param tokenUri the token endpoint, with {@code clientId} and {@code clientSecret}
 * @param scopes what to ask for: the MCP servers' {@code tools/read}, and {@code tools/execute} for the runbook
 *     server's execution (Cognito names them after its resource server, e.g. {@code triage-mcp/tools/read})
 * @param token a static bearer token instead of a grant (tokens expire: for tests and short-lived set-ups)
 */
public record AgentsAuthProperties(
        URI tokenUri, String clientId, String clientSecret, List<String> scopes, String token) {

    private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(10);

    public AgentsAuthProperties {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /**
     * Checks the settings; {@code key} names them in the message: {@code triage.agents.auth}, or a server's own
     * {@code triage.clusters.NAME.SERVER.oauth}.
     */
    void check(String key) {
        boolean grant = tokenUri != null || clientId != null || clientSecret != null;
        if (grant && token != null) {
            throw new IllegalArgumentException(
                    key + ": set either token or token-uri, client-id and client-secret, not both");
        }
        if (grant && (tokenUri == null || isBlank(clientId) || isBlank(clientSecret))) {
            throw new IllegalArgumentException(key + " needs token-uri, client-id and client-secret "
                    + "together (the client-credentials grant), or token alone");
        }
        if (tokenUri != null && !("https".equals(tokenUri.getScheme()) || "http".equals(tokenUri.getScheme()))) {
            throw new IllegalArgumentException(key + ".token-uri must be an https URL, was " + tokenUri);
        }
        if (!grant && isBlank(token)) {
            throw new IllegalArgumentException(key + " needs token-uri, client-id and client-secret, or token");
        }
    }

    /** The credentials these settings give; {@code key} names them in a refused grant's message. */
    McpCredentials credentials(String key) {
        return token != null
                ? McpCredentials.bearer(token)
                : McpCredentials.clientCredentials(tokenUri, clientId, clientSecret, scopes, TOKEN_TIMEOUT, key);
    }

    /** The secret values stay out of toString (and so of any log or error that prints the settings). */
    @Override
    public String toString() {
        return "AgentsAuthProperties[tokenUri=" + tokenUri + ", clientId=" + clientId + ", scopes=" + scopes + "]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
