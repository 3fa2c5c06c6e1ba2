package dev.triage.orchestrator.security;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * JWT bearer authentication of the API ({@code triage.auth.*}). Setting any of these turns authentication on.
 *
 * @param issuerUri the token issuer; its OIDC discovery document ({@code /.well-known/openid-configuration}) names
 *     the signing keys, e.g. {@code https://cognito-idp.<region>.amazonaws.com/<pool id>}
 * @param jwkSetUri optional: the signing keys' JWK set, to use instead of discovery (the issuer is still checked)
 * @param clientIds the app clients whose tokens are accepted: the token's {@code client_id} (Cognito access
 *     tokens) or one of its {@code aud} values must be one of them
 */
@ConfigurationProperties(prefix = "triage.auth", ignoreUnknownFields = false)
public record AuthProperties(URI issuerUri, URI jwkSetUri, List<String> clientIds) {

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
