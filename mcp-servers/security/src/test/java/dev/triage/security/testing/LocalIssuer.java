package dev.triage.security.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OIDC issuer as Cognito is one, on loopback: the discovery document and the JWK set over HTTP, access tokens
 * signed with a key generated for the test, and the authorization code flow for the chat UI's sign-in, which signs
 * in {@link #PERSON} at once and insists on PKCE (S256): a code is exchanged only with the verifier of its challenge.
 * Loopback, so a test needs no network.
 */
public final class LocalIssuer implements AutoCloseable {

    public static final String CLIENT_ID = "triage-web";
    /** The secret of {@link #CLIENT_ID} at {@link #tokenUri()} (the client-credentials grant). */
    public static final String CLIENT_SECRET = "local-issuer-client-secret";

    public static final String UI_CLIENT_ID = "triage-ui";
    public static final String PERSON = "alice";

    /** What an authorization request asked for, kept until its code is exchanged. */
    private record Grant(String clientId, String redirectUri, String nonce, String challenge) {}

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final AtomicInteger clientCredentialGrants = new AtomicInteger();
    private final List<String> authorizationRequests = new CopyOnWriteArrayList<>();
    private volatile String signInScope = "agents/invoke tools/read";

    private final RSAKey key = generateKey();
    private final HttpServer server;
    private final String uri;

    private LocalIssuer(HttpServer server) {
        this.server = server;
        this.uri = "http://127.0.0.1:" + server.getAddress().getPort();
        String discovery = "{\"issuer\":\"" + uri + "\",\"jwks_uri\":\"" + uri + "/jwks\","
                + "\"authorization_endpoint\":\"" + uri + "/authorize\",\"token_endpoint\":\"" + uri + "/token\","
                + "\"code_challenge_methods_supported\":[\"S256\"],\"grant_types_supported\":[\"authorization_code\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"none\",\"client_secret_basic\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"response_types_supported\":[\"code\",\"token\"]}";
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, discovery));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/oauth2/token", this::clientCredentials);
        server.start();
    }

    public static LocalIssuer start() {
        try {
            return new LocalIssuer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String uri() {
        return uri;
    }

    /** The scope the access tokens of the sign-in carry from now on. */
    public void signInScope(String scope) {
        this.signInScope = scope;
    }

    /** The query strings of the authorization requests received, oldest first. */
    public List<String> authorizationRequests() {
        return List.copyOf(authorizationRequests);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        authorizationRequests.add(query);
        Map<String, String> params = form(query);
        String challenge = params.get("code_challenge");
        if (challenge == null || !"S256".equals(params.get("code_challenge_method"))) {
            respond(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"PKCE (S256) is required\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        grants.put(
                code, new Grant(params.get("client_id"), params.get("redirect_uri"), params.get("nonce"), challenge));
        String back = params.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(params.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(String.valueOf(params.get("code")));
        String verifier = params.get("code_verifier");
        if (grant == null
                || verifier == null
                || !grant.challenge().equals(s256(verifier))
                || !grant.redirectUri().equals(params.get("redirect_uri"))) {
            respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        String access = sign(new JWTClaimsSet.Builder(accessToken(signInScope).build())
                .claim("client_id", grant.clientId())
                .claim("username", PERSON)
                .build());
        Instant now = Instant.now();
        String id = sign(new JWTClaimsSet.Builder()
                .issuer(uri)
                .subject(PERSON + "-sub")
                .audience(grant.clientId())
                .claim("nonce", grant.nonce())
                .claim("cognito:username", PERSON)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .build());
        respond(
                exchange,
                200,
                "{\"access_token\":\"" + access + "\",\"id_token\":\"" + id
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String text) {
        Map<String, String> params = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return params;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    /** Claims of a Cognito access token for our client, valid for an hour, with the given scope. */
    public JWTClaimsSet.Builder accessToken(String scope) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(uri)
                .subject(UUID.randomUUID().toString())
                .claim("client_id", CLIENT_ID)
                .claim("token_use", "access")
                .claim("scope", scope)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    public static String sign(JWTClaimsSet claims, RSAKey key) {
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    public static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token endpoint of the client-credentials grant (HTTP Basic for {@link #CLIENT_ID}), as Cognito's. */
    public String tokenUri() {
        return uri + "/oauth2/token";
    }

    /** How many tokens {@link #tokenUri()} granted. */
    public int grants() {
        return clientCredentialGrants.get();
    }

    private void clientCredentials(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String expected = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod())
                || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !form.contains("grant_type=client_credentials")) {
            respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        String scope = "";
        for (String field : form.split("&")) {
            if (field.startsWith("scope=")) {
                scope = URLDecoder.decode(field.substring(6), StandardCharsets.UTF_8);
            }
        }
        clientCredentialGrants.incrementAndGet();
        String token = sign(accessToken(scope).build());
        respond(exchange, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        respond(exchange, 200, json);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
