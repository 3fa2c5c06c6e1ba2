package dev.triage.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.orchestrator.TriageApplication;
import dev.triage.security.testing.LocalIssuer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat UI's sign-in with {@code triage.auth.ui}: a browser (cookies, redirects followed one by one) opening a
 * deep link is sent to the issuer with a PKCE challenge, comes back signed in to the page it asked for, and its API
 * calls then carry the session's access token, whose scopes decide. A call that changes something needs the page's
 * header: a cross-site form cannot act with the session.
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UiSignInTest {

    private static final LocalIssuer ISSUER = LocalIssuer.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEEP_LINK = "/investigations/6f1c1f4e-2f55-4c53-9d3e-6d4f9a0c1b11";

    @DynamicPropertySource
    static void authentication(DynamicPropertyRegistry properties) {
        properties.add("triage.auth.issuer-uri", ISSUER::uri);
        properties.add("triage.auth.client-ids", () -> LocalIssuer.CLIENT_ID);
        properties.add("triage.auth.ui.client-id", () -> LocalIssuer.UI_CLIENT_ID);
        properties.add("triage.auth.ui.scopes", () -> "openid,agents/invoke,tools/read");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void aDeepLinkSignsInThroughTheIssuerWithPkceAndComesBackToThePage() throws Exception {
        HttpResponse<String> page = signIn(DEEP_LINK);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/ui/app.js");
        String authorization = ISSUER.authorizationRequests().getLast();
        assertThat(authorization)
                .contains("code_challenge=", "code_challenge_method=S256", "client_id=" + LocalIssuer.UI_CLIENT_ID)
                .contains("scope=openid%20agents/invoke%20tools/read");
        JsonNode session = JSON.readTree(get("/api/v1/session").body());
        assertThat(session.get("authentication").stringValue()).isEqualTo("oidc");
        assertThat(session.get("signedIn").booleanValue()).isTrue();
        assertThat(session.get("subject").stringValue()).isEqualTo(LocalIssuer.PERSON);
        assertThat(session.get("scopes").valueStream().map(JsonNode::stringValue))
                .containsExactly("agents/invoke", "tools/read");
    }

    @Test
    void beforeSignInThePageIsARedirectToSignInAndTheSessionSaysWhere() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(SignInClients.SIGN_IN_PATH));
        JsonNode session = JSON.readTree(get("/api/v1/session").body());
        assertThat(session.get("signedIn").booleanValue()).isFalse();
        assertThat(session.get("signIn").stringValue()).isEqualTo(SignInClients.SIGN_IN_PATH);
        assertThat(get("/ui/app.js").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/investigations").statusCode()).isEqualTo(401);
    }

    @Test
    void theSessionsTokenReadsAndAsksButItsScopesDecideAndOnlyThePageMayAct() throws Exception {
        signIn("/");

        HttpResponse<String> read = get("/api/v1/investigations");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie"))
                .as("the page's calls run in parallel: one must not change the session id the others carry")
                .isEmpty();
        String ask = "{\"question\": \"diagnose unhealthy pods\"}";
        assertThat(post("/api/v1/investigations", ask, false).statusCode())
                .as("no page header: a cross-site form")
                .isEqualTo(401);
        assertThat(post("/api/v1/investigations", ask, true).statusCode()).isEqualTo(202);
        HttpResponse<String> approve =
                post("/api/v1/approvals/rp-0123456789abcdef/approve", "{\"reason\":\"x\"}", true);
        assertThat(approve.statusCode()).as("no tools/execute in the token").isEqualTo(403);
    }

    @Test
    void signOutEndsTheSessionOnlyWhenThePageAsks() throws Exception {
        signIn("/");

        assertThat(post("/logout", "", false).statusCode()).isNotEqualTo(204);
        assertThat(JSON.readTree(get("/api/v1/session").body()).get("signedIn").booleanValue())
                .isTrue();
        assertThat(post("/logout", "", true).statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(get("/api/v1/session").body()).get("signedIn").booleanValue())
                .isFalse();
        assertThat(get("/api/v1/investigations").statusCode()).isEqualTo(401);
    }

    /** Opens {@code path} as a browser does, following each redirect (to the issuer and back) until a page answers. */
    private HttpResponse<String> signIn(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        for (int hop = 0; hop < 6 && response.statusCode() == 302; hop++) {
            URI next = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        return response;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET());
    }

    private HttpResponse<String> post(String path, String body, boolean fromThePage)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (fromThePage) {
            request.header(SessionTokens.UI_HEADER, "1");
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
