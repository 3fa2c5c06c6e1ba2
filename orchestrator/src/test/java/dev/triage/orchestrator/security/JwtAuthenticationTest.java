package dev.triage.orchestrator.security;

import static dev.triage.security.testing.LocalIssuer.CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.triage.orchestrator.TriageApplication;
import dev.triage.security.jwt.TokenChecks;
import dev.triage.security.testing.LocalIssuer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API with {@code triage.auth} configured, against a local OIDC issuer: every call needs a valid access token
 * from an allowed client, with the scope the call needs. Binds 0.0.0.0, which only authentication allows.
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwtAuthenticationTest {

    private static final String INVESTIGATIONS = "/api/v1/investigations";
    private static final String QUESTION = "{\"question\": \"diagnose unhealthy pods\", \"namespace\": \"shop\"}";
    private static final int MAX_POLLS = 600;
    private static final LocalIssuer ISSUER = LocalIssuer.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SLACK_SECRET = "slack-secret-for-this-test";

    @DynamicPropertySource
    static void authentication(DynamicPropertyRegistry properties) {
        properties.add("server.address", () -> "0.0.0.0");
        properties.add("triage.auth.issuer-uri", ISSUER::uri);
        properties.add("triage.auth.client-ids", () -> "some-other-app," + CLIENT_ID);
        properties.add("triage.slack.signing-secret", () -> SLACK_SECRET);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    private ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(port);
    }

    @Test
    void aCallWithoutATokenIsChallengedWithAProblem() {
        HttpResponse<String> response = api.get(INVESTIGATIONS);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        assertProblem(response, "Authorization: Bearer");
    }

    @Test
    void theChallengePointsToMetadataNamingTheIssuer() {
        HttpResponse<String> metadata = api.get("/.well-known/oauth-protected-resource");

        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(metadata.body())
                        .get("authorization_servers")
                        .get(0)
                        .asString())
                .isEqualTo(ISSUER.uri());
        assertThat(api.get(INVESTIGATIONS).headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(
                        challenge -> assertThat(challenge).contains("/.well-known/oauth-protected-resource"));
    }

    @Test
    void aMalformedTokenIsRefused() {
        HttpResponse<String> response = api.get(INVESTIGATIONS, "not.a-jwt");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer ").contains("invalid_token"));
        assertProblem(response, "the bearer token was refused");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant twoMinutesPastSkew = Instant.now().minus(TokenChecks.CLOCK_SKEW).minus(Duration.ofMinutes(2));
        String expired = ISSUER.sign(ISSUER.accessToken("tools/read")
                .issueTime(Date.from(twoMinutesPastSkew.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(twoMinutesPastSkew))
                .build());

        HttpResponse<String> response = api.get(INVESTIGATIONS, expired);

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "expired");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String foreign = ISSUER.sign(ISSUER.accessToken("tools/read")
                .issuer("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_other")
                .build());

        HttpResponse<String> response = api.get(INVESTIGATIONS, foreign);

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "iss");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String forged = LocalIssuer.sign(ISSUER.accessToken("tools/read").build(), LocalIssuer.generateKey());

        assertThat(api.get(INVESTIGATIONS, forged).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenForAnUnknownClientIsRefused() {
        String otherClient = ISSUER.sign(ISSUER.accessToken("tools/read")
                .claim("client_id", "someone-elses-app")
                .build());

        HttpResponse<String> response = api.get(INVESTIGATIONS, otherClient);

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "not issued to an allowed client");
    }

    @Test
    void aTokenWhoseAudienceIsAnAllowedClientIsAccepted() {
        String idStyle = ISSUER.sign(ISSUER.accessToken("tools/read")
                .claim("client_id", null)
                .audience(CLIENT_ID)
                .build());

        assertThat(api.get(INVESTIGATIONS, idStyle).statusCode()).isEqualTo(200);
    }

    @Test
    void startingAnInvestigationWithoutAgentsInvokeIsForbiddenAndSaysWhichScope() {
        HttpResponse<String> response = api.post(INVESTIGATIONS, QUESTION, token("tools/read tools/execute"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).contains("insufficient_scope"));
        assertProblem(response, "agents/invoke");
    }

    @Test
    void agentsInvokeStartsAnInvestigationWhetherBareOrPrefixedByTheResourceServer() throws Exception {
        for (String scope : new String[] {"agents/invoke", "openid https://triage.example.com/agents/invoke"}) {
            HttpResponse<String> response = api.post(INVESTIGATIONS, QUESTION, token(scope));

            assertThat(response.statusCode()).as(scope).isEqualTo(202);
            awaitFinished(JSON.readTree(response.body()).get("id").asString(), token("agents/invoke"));
        }
    }

    @Test
    void approvingNeedsToolsExecuteAndRecordsTheTokenSubjectAsTheApprover() throws Exception {
        String proposalId = proposalFromAnInvestigation();
        String path = "/api/v1/approvals/" + proposalId;
        JWTClaimsSet approver = ISSUER.accessToken("tools/execute").build();

        HttpResponse<String> readOnly = api.post(path + "/approve", "{}", token("tools/read agents/invoke"));
        HttpResponse<String> approved = api.post(path + "/approve", "{\"reason\":\"ok\"}", ISSUER.sign(approver));

        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertProblem(readOnly, "tools/execute");
        assertThat(approved.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(approved.body()).get("decidedBy").asString()).isEqualTo(approver.getSubject());
        JsonNode trail =
                JSON.readTree(api.get(path + "/audit", token("tools/read")).body());
        assertThat(trail.get("entries").valueStream())
                .filteredOn(entry -> entry.get("action").asString().equals("APPROVED"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.get("actor").asString()).isEqualTo(approver.getSubject()));
    }

    @Test
    void runningARunbookNeedsToolsExecuteAndReadingAnExecutionToolsRead() {
        String execution = "/api/v1/executions";
        String unknown = execution + "/" + UUID.randomUUID();

        HttpResponse<String> readOnly = api.post(execution, "{}", token("tools/read agents/invoke"));

        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertProblem(readOnly, "tools/execute");
        assertThat(api.post(execution, "{}", token("tools/execute")).statusCode())
                .isEqualTo(400);
        assertThat(api.get(unknown, token("agents/invoke tools/execute")).statusCode())
                .isEqualTo(403);
        assertThat(api.get(unknown, token("tools/read")).statusCode()).isNotIn(401, 403);
    }

    @Test
    void readingApprovalsNeedsToolsRead() {
        assertThat(api.get("/api/v1/approvals", token("agents/invoke")).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/approvals", token("tools/read")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theServiceListensOnAllAddressesBecauseAuthenticationIsConfigured() {
        assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
        assertThat(AuthConfigured.in(environment)).isTrue();
    }

    @Test
    void healthIsOpenWithoutAToken() {
        HttpResponse<String> health = api.get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    private String proposalFromAnInvestigation() throws InterruptedException {
        HttpResponse<String> accepted = api.post(INVESTIGATIONS, QUESTION, token("agents/invoke"));
        String id = JSON.readTree(accepted.body()).get("id").asString();
        JsonNode report = awaitFinished(id, token("tools/read"));
        return report.get("remediations")
                .valueStream()
                .map(remediation -> remediation.get("proposalId").asString())
                .findFirst()
                .orElseThrow();
    }

    private JsonNode awaitFinished(String id, String token) throws InterruptedException {
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            JsonNode report =
                    JSON.readTree(api.get(INVESTIGATIONS + "/" + id, token).body());
            String status = report.get("status").asString();
            if (!"RUNNING".equals(status) && !"QUEUED".equals(status)) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("investigation " + id + " did not finish");
    }

    /**
     * Slack's requests carry its signature, not a bearer token: they pass the filter chain untouched (the body
     * intact, which the signature covers) and the Slack endpoint alone decides.
     */
    @Test
    void slackRequestsNeedNoBearerTokenAndAreJudgedByTheirSignature() throws Exception {
        String body = "payload=" + URLEncoder.encode("{\"type\":\"shortcut\"}", StandardCharsets.UTF_8);
        String ts = Long.toString(Instant.now().getEpochSecond());
        javax.crypto.Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SLACK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0="
                + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        java.net.http.HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/slack/interactions"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));

        HttpResponse<String> unsigned = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signed = http.send(
                request.header("X-Slack-Request-Timestamp", ts)
                        .header("X-Slack-Signature", signature)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertProblem(unsigned, "X-Slack-Request-Timestamp");
        // Past the signature check: the body arrived as signed, and the endpoint read its payload.
        assertThat(signed.statusCode()).isEqualTo(400);
        assertProblem(signed, "'shortcut' are not handled");
    }

    private static void assertProblem(HttpResponse<String> response, String detail) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").intValue()).isEqualTo(response.statusCode());
        assertThat(problem.get("detail").asString()).contains(detail);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private static String token(String scope) {
        return ISSUER.sign(ISSUER.accessToken(scope).build());
    }
}
