package dev.triage.orchestrator.approval;

import static dev.triage.orchestrator.approval.ApprovalApi.JSON;
import static dev.triage.orchestrator.approval.ApprovalFlowTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.orchestrator.TriageApplication;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Revoking, as the approvals service's rules have it: an approval that has not run can be taken back, with a
 * reason, by anyone who may decide (the approver or another); it then runs nothing, and the proposal awaits a
 * decision again. A used approval, an unknown proposal, a missing reason are refused with a problem that says why.
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RevokeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApprovalService approvals;

    private ApprovalApi api;
    private String investigation;
    private String proposalId;

    @BeforeEach
    void proposeARestart() throws Exception {
        api = new ApprovalApi(port);
        JsonNode report = api.investigate("diagnose unhealthy pods", "payments");
        investigation = report.get("id").asString();
        proposalId = ApprovalApi.proposal(report, "restart-deployment", "notifications");
    }

    @Test
    void aRevokedApprovalRunsNothingAndTheProposalAwaitsADecisionAgain() throws Exception {
        String approvalId = api.approve(proposalId);

        HttpResponse<String> revoked = api.revoke(proposalId, "wrong maintenance window");

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).get("revokedBy").asString()).isEqualTo("local-operator");
        assertProblem(api.execute(proposalId, approvalId), 409, "APPROVAL_REVOKED");
        assertThat(api.approvals("status", "REVOKED", "investigationId", investigation))
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry.at("/decision/revokeReason").asString())
                                .isEqualTo("wrong maintenance window"));
        assertThat(api.approvals("status", "PENDING", "investigationId", investigation))
                .extracting(entry -> entry.get("proposalId").asString())
                .contains(proposalId);
        String again = api.approve(proposalId);
        assertThat(api.execute(proposalId, again).statusCode()).isEqualTo(201);
    }

    @Test
    void aUsedApprovalCannotBeRevoked() throws Exception {
        assertThat(api.execute(proposalId, api.approve(proposalId)).statusCode())
                .isEqualTo(201);

        HttpResponse<String> late = api.revoke(proposalId, "too late");

        assertProblem(late, 409, "used");
        assertThat(JSON.readTree(late.body()).get("refusal").asString()).isEqualTo("NOTHING_TO_REVOKE");
    }

    @Test
    void someoneElsesApprovalMayBeRevokedAndTheTrailNamesBoth() throws Exception {
        approvals.approve(proposalId, new Person("alice@example.com"), "looks right", null);

        HttpResponse<String> revoked = api.revoke(proposalId, "alice approved the wrong window");

        assertThat(JSON.readTree(revoked.body()).get("approvedBy").asString()).isEqualTo("alice@example.com");
        JsonNode trail = JSON.readTree(
                api.get("/api/v1/approvals/" + proposalId + "/audit").body());
        assertThat(trail.get("entries").valueStream())
                .filteredOn(entry -> entry.get("action").asString().equals("REVOKED"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("actor").asString()).isEqualTo("local-operator");
                    assertThat(entry.at("/detail/approvedBy").asString()).isEqualTo("alice@example.com");
                });
    }

    @Test
    void whatCannotBeRevokedIsRefusedWithAProblemThatSaysWhy() throws Exception {
        String path = "/api/v1/approvals/" + proposalId + "/revoke";

        assertProblem(api.revoke(proposalId, "nothing given yet"), 409, "not approved");
        assertProblem(api.post(path, "{}"), 400, "reason is required");
        assertProblem(api.post(path, "{\"reason\":\"x\",\"ttl\":\"1h\"}"), 400, "unknown field 'ttl'");
        assertProblem(api.post(path, "{\"reason\":\"x\"}}"), 400, "malformed JSON");
        assertProblem(api.revoke("rp-" + "9".repeat(32), "no such"), 404, "no proposal");
        assertProblem(api.revoke("not-a-proposal", "bad id"), 400, "is not a proposal id");
        assertProblem(api.revoke(proposalId, "x".repeat(1001)), 400, "at most 1000 characters");
    }

    @Test
    void aValidApprovalMustBeRevokedBeforeItsProposalIsDenied() throws Exception {
        api.approve(proposalId);

        assertProblem(
                api.post("/api/v1/approvals/" + proposalId + "/deny", "{\"reason\":\"no\"}"), 409, "revoke it first");
    }
}
