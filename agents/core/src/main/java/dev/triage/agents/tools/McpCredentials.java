package dev.triage.agents.tools;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the agents send an MCP server to be let in, as HTTP headers on every request: nothing (the embedded servers
 * on loopback), a configured bearer token, or an OAuth 2.0 client-credentials token (RFC 6749 section 4.4) from a
 * token endpoint such as Cognito's {@code /oauth2/token}, fetched when first needed and reused until a minute before
 * it expires (Nimbus' OAuth 2.0 SDK makes the request). Token values and the secret are never logged.
 */
public final class McpCredentials implements Supplier<Map<String, String>> {

    /** A token this close to its expiry is fetched again: a call must not arrive with an expired one. */
    static final Duration EARLY = Duration.ofSeconds(60);

    private final Supplier<String> token;

    private McpCredentials(Supplier<String> token) {
        this.token = token;
    }

    public static McpCredentials none() {
        return new McpCredentials(() -> null);
    }

    public static McpCredentials bearer(String token) {
        return new McpCredentials(() -> token);
    }

    /**
     * Client credentials sent as HTTP Basic (client_secret_basic, which Cognito takes) for the given scopes;
     * {@code settings} names where they are configured ({@code triage.clusters.prod.eks.oauth}), for a refused grant's
     * message.
     */
    public static McpCredentials clientCredentials(
            URI tokenUri,
            String clientId,
            String clientSecret,
            List<String> scopes,
            Duration timeout,
            String settings) {
        return new McpCredentials(
                new ClientCredentials(tokenUri, clientId, clientSecret, scopes, timeout, Clock.systemUTC(), settings));
    }

    @Override
    public Map<String, String> get() {
        String value = token.get();
        return value == null ? Map.of() : Map.of("Authorization", "Bearer " + value);
    }

    /** The token endpoint's grant, by Nimbus' OAuth 2.0 SDK, cached until shortly before it expires. */
    static final class ClientCredentials implements Supplier<String> {

        private final URI tokenUri;
        private final ClientAuthentication client;
        private final Scope scope;
        private final int timeoutMillis;
        private final Clock clock;
        private final String settings;
        private String token;
        private Instant refreshAt = Instant.MIN;

        ClientCredentials(
                URI tokenUri,
                String clientId,
                String clientSecret,
                List<String> scopes,
                Duration timeout,
                Clock clock,
                String settings) {
            this.tokenUri = tokenUri;
            this.settings = settings;
            this.client = new ClientSecretBasic(new ClientID(clientId), new Secret(clientSecret));
            this.scope = scopes.isEmpty() ? null : new Scope(scopes.toArray(String[]::new));
            this.timeoutMillis = Math.toIntExact(timeout.toMillis());
            this.clock = clock;
        }

        @Override
        public synchronized String get() {
            if (token == null || !clock.instant().isBefore(refreshAt)) {
                fetch();
            }
            return token;
        }

        private void fetch() {
            TokenResponse response = post();
            if (!response.indicatesSuccess()) {
                ErrorObject error = response.toErrorResponse().getErrorObject();
                throw new IllegalStateException("the token endpoint " + tokenUri + " answered "
                        + error.getHTTPStatusCode() + " " + code(error)
                        + ": check " + settings + " (client id, secret, scopes)");
            }
            AccessToken granted = response.toSuccessResponse().getTokens().getAccessToken();
            token = granted.getValue();
            long lifetime = granted.getLifetime() > 0 ? granted.getLifetime() : 300;
            refreshAt = clock.instant().plusSeconds(lifetime).minus(EARLY);
        }

        private TokenResponse post() {
            HTTPRequest request =
                    new TokenRequest(tokenUri, client, new ClientCredentialsGrant(), scope).toHTTPRequest();
            request.setAccept("application/json");
            request.setConnectTimeout(timeoutMillis);
            request.setReadTimeout(timeoutMillis);
            try {
                return TokenResponse.parse(request.send());
            } catch (IOException e) {
                throw new IllegalStateException("the token endpoint " + tokenUri + " did not answer: " + e, e);
            } catch (ParseException e) {
                throw new IllegalStateException(
                        "the token endpoint " + tokenUri + " answered no OAuth 2.0 token response", e);
            }
        }

        /** The OAuth error code only (e.g. {@code invalid_client}): a description may quote what was sent. */
        private static String code(ErrorObject error) {
            return error.getCode() == null
                    ? "(no OAuth error code)"
                    : error.getCode().replaceAll("[^A-Za-z0-9_]", "");
        }
    }
}
