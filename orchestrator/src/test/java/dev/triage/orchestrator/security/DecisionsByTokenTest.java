package dev.triage.orchestrator.security;

import static dev.triage.security.testing.LocalIssuer.CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.orchestrator.TriageApplication;
import dev.triage.security.testing.LocalIssuer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With authentication, the people in the audit trail are the tokens' subjects: one approves, another revokes that
 * approval (the rules let anyone who may decide take one back), a third approves again and runs it.
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionsByTokenTest {

    private static final LocalIssuer ISSUER = LocalIssuer.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_POLLS = 600;

    @DynamicPropertySource
    static void authentication(DynamicPropertyRegistry properties) {
        properties.add("server.address", () -> "0.0.0.0");
        properties.add("triage.auth.issuer-uri", ISSUER::uri);
        properties.add("triage.auth.client-ids", () -> CLIENT_ID);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @LocalServerPort
    int port;

    private ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(port);
    }

    @Test
    void theTrailNamesWhoApprovedWhoRevokedAndWhoRan() throws Exception {
        String proposal = "/api/v1/approvals/" + restartProposal();

        api.post(proposal + "/approve", "{}", token("alice"));
        HttpResponse<String> revoked = api.post(proposal + "/revoke", "{\"reason\":\"not yet\"}", token("bob"));
        String approvalId = JSON.readTree(
                        api.post(proposal + "/approve", "{}", token("carol")).body())
                .get("approvalId")
                .asString();
        HttpResponse<String> ran = api.post(
                "/api/v1/executions",
                "{\"proposalId\":\"" + proposal.substring(proposal.lastIndexOf('/') + 1) + "\",\"approvalId\":\""
                        + approvalId + "\"}",
                token("dave"));

        assertThat(JSON.readTree(revoked.body()).get("approvedBy").asString()).isEqualTo("alice");
        assertThat(JSON.readTree(ran.body()).get("executedBy").asString()).isEqualTo("dave");
        JsonNode entries =
                JSON.readTree(api.get(proposal + "/audit", read()).body()).get("entries");
        assertThat(entries.valueStream()
                        .filter(e -> !e.get("actor").asString().equals("runbook-server"))
                        .map(e -> e.get("action").asString() + " "
                                + e.get("actor").asString()))
                .containsSubsequence("APPROVED alice", "REVOKED bob", "APPROVED carol", "EXECUTION_STARTED dave");
    }

    @Test
    void revokingNeedsToolsExecuteAndListingRunbooksAndExecutionsToolsRead() {
        String unknown = "/api/v1/approvals/rp-" + "5".repeat(32) + "/revoke";

        assertThat(api.post(
                                unknown,
                                "{\"reason\":\"x\"}",
                                ISSUER.sign(ISSUER.accessToken("tools/read").build()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post(unknown, "{\"reason\":\"x\"}", token("erin")).statusCode())
                .isEqualTo(404);
        for (String path : new String[] {"/api/v1/runbooks", "/api/v1/executions"}) {
            assertThat(api.get(
                                    path,
                                    ISSUER.sign(
                                            ISSUER.accessToken("agents/invoke").build()))
                            .statusCode())
                    .as(path)
                    .isEqualTo(403);
            assertThat(api.get(path, read()).statusCode()).as(path).isEqualTo(200);
        }
    }

    private String restartProposal() throws InterruptedException {
        HttpResponse<String> accepted = api.post(
                "/api/v1/investigations",
                "{\"question\": \"diagnose unhealthy pods\", \"namespace\": \"payments\"}",
                ISSUER.sign(ISSUER.accessToken("agents/invoke").build()));
        String id = JSON.readTree(accepted.body()).get("id").asString();
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            JsonNode report = JSON.readTree(
                    api.get("/api/v1/investigations/" + id, read()).body());
            if (!report.get("status").asString().matches("RUNNING|QUEUED")) {
                return report.get("remediations")
                        .valueStream()
                        .filter(r -> r.get("runbook").asString().equals("restart-deployment"))
                        .findFirst()
                        .orElseThrow()
                        .get("proposalId")
                        .asString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("investigation " + id + " did not finish");
    }

    /** A token of {@code person} that may decide and run. */
    private static String token(String person) {
        return ISSUER.sign(ISSUER.accessToken("tools/execute").subject(person).build());
    }

    private static String read() {
        return ISSUER.sign(ISSUER.accessToken("tools/read").build());
    }
}
