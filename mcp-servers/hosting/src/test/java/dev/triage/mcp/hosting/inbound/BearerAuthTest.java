package dev.triage.mcp.hosting.inbound;

import static dev.triage.security.testing.LocalIssuer.CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.echo.EchoApplication;
import dev.triage.mcp.hosting.testing.McpHttp;
import dev.triage.security.jwt.TokenChecks;
import dev.triage.security.testing.LocalIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An MCP server with {@code triage.mcp.auth} against a local OIDC issuer: a valid token from an allowed client, with
 * {@code tools/read} for read and sensitive-read tools and {@code tools/execute} for mutating ones.
 */
class BearerAuthTest {

    private static final LocalIssuer ISSUER = LocalIssuer.start();
    private static ConfigurableApplicationContext server;
    private static McpHttp mcp;
    private static int port;

    @BeforeAll
    static void start() {
        server = EchoApplication.run(
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--triage.mcp.auth.issuer-uri=" + ISSUER.uri(),
                "--triage.mcp.auth.client-ids=some-other-app," + CLIENT_ID);
        port = ((WebServerApplicationContext) server).getWebServer().getPort();
        mcp = McpHttp.at(port);
    }

    @AfterAll
    static void stop() {
        server.close();
        ISSUER.close();
    }

    @Test
    void aCallWithoutATokenIs401WithABearerChallenge() {
        var response = mcp.post(McpHttp.initialize());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(McpHttp.json(response).at("/error/message").asString()).contains("Authorization: Bearer");
    }

    @Test
    void aValidTokenIsServed() {
        var response = post(McpHttp.initialize(), token("tools/read"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(McpHttp.json(response).at("/result/serverInfo/name").asString())
                .isEqualTo("echo-app");
    }

    @Test
    void aCognitoResourceServerScopeCounts() {
        var response = post(McpHttp.call("echo", "{\"text\":\"hi\"}"), token("https://mcp.example/tools/read"));

        assertThat(McpHttp.text(response)).isEqualTo("hi");
    }

    @Test
    void readAndSensitiveReadToolsNeedToolsRead() {
        String executeOnly = token("tools/execute");

        for (String tool : new String[] {"echo", "read_log"}) {
            var response = post(McpHttp.call(tool, args(tool)), executeOnly);
            assertForbidden(response, "tools/read", tool);
        }
        assertThat(McpHttp.text(post(McpHttp.call("read_log", "{}"), token("tools/read"))))
                .isEqualTo("a log line");
    }

    @Test
    void aMutatingToolNeedsToolsExecute() {
        assertForbidden(post(McpHttp.call("mutate", "{}"), token("tools/read")), "tools/execute", "mutate");

        var allowed = post(McpHttp.call("mutate", "{}"), token("tools/read tools/execute"));
        assertThat(McpHttp.text(allowed)).isEqualTo("changed");
    }

    @Test
    void listingToolsNeedsAToolsScope() {
        assertForbidden(post(McpHttp.request("tools/list"), token("agents/invoke")), "tools/read", "listing");
        assertThat(post(McpHttp.request("tools/list"), token("tools/read")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anExpiredTokenIs401() {
        Instant past = Instant.now().minus(TokenChecks.CLOCK_SKEW).minus(Duration.ofMinutes(5));
        String expired = ISSUER.sign(ISSUER.accessToken("tools/read")
                .issueTime(Date.from(past.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(past))
                .build());

        assertRefused(post(McpHttp.request("ping"), expired), "expired");
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        String otherIssuer = ISSUER.sign(ISSUER.accessToken("tools/read")
                .issuer("https://elsewhere.example")
                .build());

        assertRefused(post(McpHttp.request("ping"), otherIssuer), "iss");
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        String forged = LocalIssuer.sign(ISSUER.accessToken("tools/read").build(), LocalIssuer.generateKey());

        assertRefused(post(McpHttp.request("ping"), forged), "");
    }

    @Test
    void aTokenOfAnotherClientIs401() {
        String otherClient = ISSUER.sign(
                ISSUER.accessToken("tools/read").claim("client_id", "not-ours").build());

        assertRefused(post(McpHttp.request("ping"), otherClient), "allowed client");
    }

    @Test
    void garbageIs401NotAServerError() {
        assertRefused(post(McpHttp.request("ping"), "not.a.jwt"), "");
        assertRefused(post(McpHttp.request("ping"), "x".repeat(6_000)), "");
    }

    @Test
    void theHealthProbesNeedNoToken() throws Exception {
        var probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness"))
                .timeout(Duration.ofSeconds(10))
                .build();
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            assertThat(client.send(probe, HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    private static String args(String tool) {
        return "echo".equals(tool) ? "{\"text\":\"hi\"}" : "{}";
    }

    private static String token(String scope) {
        return ISSUER.sign(ISSUER.accessToken(scope).build());
    }

    private static HttpResponse<String> post(String body, String token) {
        return mcp.post(body, Map.of("Accept", McpHttp.BOTH, "Authorization", "Bearer " + token));
    }

    private static void assertForbidden(HttpResponse<String> response, String scope, String what) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge)
                        .contains("error=\"insufficient_scope\"")
                        .contains("scope=\"" + scope + "\""));
        assertThat(McpHttp.json(response).at("/error/message").asString())
                .contains(scope)
                .contains(what);
    }

    private static void assertRefused(HttpResponse<String> response, String why) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).contains("error=\"invalid_token\""));
        assertThat(McpHttp.json(response).at("/error/message").asString()).contains(why);
        assertThat(response.body()).hasSizeLessThan(1_000).doesNotContain("\tat ");
    }
}
