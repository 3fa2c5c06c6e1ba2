package dev.triage.orchestrator.security;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * JWT bearer authentication of the API ({@code triage.auth.*}). Setting any of these turns authentication on.
 *
 * @param issuerUri the token issuer; its OIDC discovery document ({@code /.well-known/openid-configuration}) names
 *     the signing keys, e.g. {@code https://cognito-idp.<region>.amazonaws.com/<pool id>}
 * @param jwkSetUri optional: the signing keys' JWK set, to use instead of discovery (the issuer is still checked)
 * @param clientIds the app clients whose tokens are accepted: the token's {@code client_id} (Cognito access
 *     tokens) or one of its {@code aud} values must be one of them
 * @param ui the chat UI's sign-in through the issuer; null for no sign-in (the API then takes bearer tokens only)
 */
@ConfigurationProperties(prefix = "triage.auth", ignoreUnknownFields = false)
public record AuthProperties(URI issuerUri, URI jwkSetUri, List<String> clientIds, Ui ui) {

    /**
     * The chat UI's app client at the issuer: the browser signs in with the authorization code flow and PKCE, and the
     * API then takes the access token the service holds in the browser's session. Its tokens are accepted like those of
     * {@code client-ids}.
     *
     * @param clientId the app client id (a Cognito app client with the authorization code grant)
     * @param clientSecret its secret; null for a public client (PKCE protects the code either way)
     * @param scopes what to ask for: {@code openid} and the API scopes as the issuer names them (Cognito: {@code
     *     https://triage.example.com/agents/invoke}, ...); default {@code openid} only
     */
    public record Ui(String clientId, String clientSecret, List<String> scopes) {

        public Ui {
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException(
                        "triage.auth.ui.client-id is required for the chat UI's sign-in (the issuer's app client id)");
            }
            scopes = scopes == null || scopes.isEmpty() ? List.of("openid") : List.copyOf(scopes);
            if (!scopes.contains("openid")) {
                throw new IllegalArgumentException(
                        "triage.auth.ui.scopes must include openid (sign-in is OpenID Connect), was " + scopes);
            }
        }
    }

    /** The clients whose tokens the API accepts: {@code client-ids} and the chat UI's. */
    public List<String> acceptedClients() {
        return ui == null || clientIds.contains(ui.clientId())
                ? clientIds
                : Stream.concat(clientIds.stream(), Stream.of(ui.clientId())).toList();
    }

    public AuthProperties {
        requireHttpUri("issuer-uri", issuerUri);
        if (jwkSetUri != null) {
            requireHttpUri("jwk-set-uri", jwkSetUri);
        }
        if (clientIds == null || clientIds.isEmpty() || clientIds.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("triage.auth.client-ids must list the app client ids whose tokens "
                    + "are accepted (none may be blank), was " + clientIds);
        }
        clientIds = List.copyOf(clientIds);
    }

    private static void requireHttpUri(String key, URI uri) {
        if (uri == null) {
            throw new IllegalArgumentException("triage.auth." + key + " is required when triage.auth is configured,"
                    + " e.g. https://cognito-idp.<region>.amazonaws.com/<pool id>");
        }
        if (!uri.isAbsolute()
                || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("triage.auth." + key + " must be an absolute https URL, was " + uri);
        }
    }
}
