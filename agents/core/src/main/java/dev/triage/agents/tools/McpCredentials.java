package dev.triage.agents.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the agents send an MCP server to be let in, as HTTP headers on every request: nothing (the embedded servers
 * on loopback), a configured bearer token, or an OAuth 2.0 client-credentials token (RFC 6749 section 4.4) from a
 * token endpoint such as Cognito's {@code /oauth2/token}, fetched when first needed and reused until a minute before
 * it expires. Token values are never logged.
 */
public final class McpCredentials implements Supplier<Map<String, String>> {

    /** A token this close to its expiry is fetched again: a call must not arrive with an expired one. */
    static final Duration EARLY = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** Client credentials sent as HTTP Basic (client_secret_basic, which Cognito takes) for the given scopes. */
    public static McpCredentials clientCredentials(
            URI tokenUri, String clientId, String clientSecret, List<String> scopes, Duration timeout) {
        return new McpCredentials(
                new ClientCredentials(tokenUri, clientId, clientSecret, scopes, timeout, Clock.systemUTC()));
    }

    @Override
    public Map<String, String> get() {
        String value = token.get();
        return value == null ? Map.of() : Map.of("Authorization", "Bearer " + value);
    }

    /** The token endpoint's grant, cached until shortly before it expires. */
    static final class ClientCredentials implements Supplier<String> {

        private final URI tokenUri;
        private final String basic;
        private final String form;
        private final Duration timeout;
        private final Clock clock;
        private final HttpClient http;
        private String token;
        private Instant refreshAt = Instant.MIN;

        ClientCredentials(
                URI tokenUri,
                String clientId,
                String clientSecret,
                List<String> scopes,
                Duration timeout,
                Clock clock) {
            this.tokenUri = tokenUri;
            this.basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString(
                                    (encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
            this.form = "grant_type=client_credentials"
                    + (scopes.isEmpty() ? "" : "&scope=" + encode(String.join(" ", scopes)));
            this.timeout = timeout;
            this.clock = clock;
            this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        }

        @Override
        public synchronized String get() {
            if (token == null || !clock.instant().isBefore(refreshAt)) {
                fetch();
            }
            return token;
        }

        private void fetch() {
            HttpResponse<String> response = post();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the token endpoint " + tokenUri + " answered " + response.statusCode()
                        + " " + error(response.body()) + ": check triage.agents.auth (client id, secret, scopes)");
            }
            JsonNode grant = read(response.body());
            if (!grant.path("access_token").isTextual()) {
                throw new IllegalStateException("the token endpoint " + tokenUri + " answered no access_token");
            }
            token = grant.get("access_token").asText();
            long lifetime = grant.path("expires_in").asLong(300);
            refreshAt = clock.instant().plusSeconds(lifetime).minus(EARLY);
        }

        private HttpResponse<String> post() {
            var request = HttpRequest.newBuilder(tokenUri)
                    .timeout(timeout)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .header("Authorization", basic)
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException("the token endpoint " + tokenUri + " did not answer: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while asking " + tokenUri + " for a token", e);
            }
        }

        /** The OAuth error code only (e.g. {@code invalid_client}): a body may quote what was sent. */
        private static String error(String body) {
            JsonNode error = read(body).path("error");
            return error.isTextual() ? error.asText().replaceAll("[^A-Za-z0-9_]", "") : "(no OAuth error code)";
        }

        private static JsonNode read(String body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
