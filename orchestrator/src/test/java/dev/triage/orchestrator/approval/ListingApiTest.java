package dev.triage.orchestrator.approval;

import static dev.triage.orchestrator.approval.ApprovalApi.JSON;
import static dev.triage.orchestrator.approval.ApprovalFlowTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.orchestrator.TriageApplication;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What people list: proposals by where their decision stands, each naming its investigation; executions newest
 * first with who ran them; the runbook catalog. Unknown statuses and bad filters are 400s that say what is valid.
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private ApprovalApi api;

    @BeforeEach
    void client() {
        api = new ApprovalApi(port);
    }

    @Test
    void eachInvestigationHasItsOwnProposalsAndPendingOnesNameIt() throws Exception {
        JsonNode first = api.investigate("diagnose unhealthy pods", "payments");
        JsonNode second = api.investigate("diagnose unhealthy pods", "payments");
        String firstId = ApprovalApi.proposal(first, "restart-deployment", "notifications");
        String secondId = ApprovalApi.proposal(second, "restart-deployment", "notifications");

        assertThat(firstId).isNotEqualTo(secondId);
        JsonNode pending = api.approvals("investigationId", first.get("id").asString());
        assertThat(pending.valueStream().map(p -> p.get("proposalId").asString()))
                .contains(firstId)
                .doesNotContain(secondId);
        assertThat(pending).allSatisfy(p -> {
            assertThat(p.get("status").asString()).isEqualTo("PENDING");
            assertThat(p.get("investigationId").asString())
                    .isEqualTo(first.get("id").asString());
        });
        api.approve(firstId);
        assertThat(api.approvals("investigationId", second.get("id").asString()))
                .as("approving one investigation's proposal leaves the other's awaiting a decision")
                .anySatisfy(p -> assertThat(p.get("proposalId").asString()).isEqualTo(secondId));
    }

    @Test
    void everyStatusTheLedgerHasCanBeListed() throws Exception {
        JsonNode report = api.investigate("diagnose unhealthy pods", "shop");
        String investigation = report.get("id").asString();
        String approved = ApprovalApi.proposal(report, "raise-memory-limit", "cart");
        String denied = ApprovalApi.proposal(report, "rollback-deployment", "recommendations");
        api.approve(approved);
        api.post("/api/v1/approvals/" + denied + "/deny", "{\"reason\":\"not during the sale\"}");
        String expired = ApprovalApi.proposal(report, "raise-cpu-limit", "search");
        expire(api.approve(expired));

        assertThat(ids("APPROVED", investigation)).containsExactly(approved);
        assertThat(ids("denied", investigation)).containsExactly(denied);
        assertThat(ids("EXPIRED", investigation)).containsExactly(expired);
        assertThat(ids("PENDING", investigation)).contains(expired).doesNotContain(approved, denied);
        assertThat(ids("USED", investigation)).isEmpty();
        assertThat(ids("REVOKED", investigation)).isEmpty();
        assertThat(api.approvals("status", "DENIED", "investigationId", investigation))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.at("/decision/reason").asString()).isEqualTo("not during the sale");
                    assertThat(entry.at("/decision/approval").asString()).hasSize(8);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"DONE", "pending;drop", "ALL", "APPROVED,DENIED"})
    void anUnknownStatusIsABadRequestNamingTheValidOnes(String status) throws Exception {
        assertProblem(
                api.get("/api/v1/approvals" + ApprovalApi.query("status", status)),
                400,
                "PENDING, APPROVED, DENIED, REVOKED, USED, EXPIRED");
    }

    @Test
    void badListingFiltersAreBadRequests() throws Exception {
        assertProblem(api.get("/api/v1/approvals?limit=0"), 400, "limit must be between 1 and 100");
        assertProblem(api.get("/api/v1/approvals?limit=101"), 400, "limit must be between 1 and 100");
        assertProblem(api.get("/api/v1/approvals?investigationId=a%20b"), 400, "not an investigation id");
        assertProblem(api.get("/api/v1/executions?status=DONE"), 400, "RUNNING, SUCCEEDED");
        assertProblem(api.get("/api/v1/executions?proposalId=cart"), 400, "not a proposal id");
        assertProblem(api.get("/api/v1/executions?runbook=Restart%20All"), 400, "not a runbook id");
        assertProblem(api.get("/api/v1/executions?limit=1000"), 400, "limit");
    }

    @Test
    void executionsAreListedNewestFirstWithWhoRanThem() throws Exception {
        JsonNode earlier = api.investigate("diagnose unhealthy pods", "payments");
        JsonNode later = api.investigate("diagnose unhealthy pods", "payments");
        String first = executed(ApprovalApi.proposal(earlier, "restart-deployment", "notifications"));
        String laterProposal = ApprovalApi.proposal(later, "restart-deployment", "notifications");
        String second = executed(laterProposal);

        JsonNode newest = executions("?runbook=restart-deployment&limit=2");

        assertThat(newest.valueStream().map(e -> e.get("executionId").asString()))
                .containsExactly(second, first);
        assertThat(newest).allSatisfy(e -> {
            assertThat(e.get("executedBy").asString()).isEqualTo("local-operator");
            assertThat(e.get("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(e.at("/target/name").asString()).isEqualTo("notifications");
        });
        assertThat(executions("?investigationId=" + earlier.get("id").asString()))
                .singleElement()
                .satisfies(e -> assertThat(e.get("executionId").asString()).isEqualTo(first));
        assertThat(executions("?proposalId=" + laterProposal)).singleElement().satisfies(e -> assertThat(
                        e.get("investigationId").asString())
                .isEqualTo(later.get("id").asString()));
        assertThat(executions(
                        "?status=FAILED&investigationId=" + later.get("id").asString()))
                .isEmpty();
        JsonNode trail = JSON.readTree(
                api.get("/api/v1/approvals/" + laterProposal + "/audit").body());
        assertThat(trail.get("entries").valueStream())
                .filteredOn(entry -> entry.get("action").asString().equals("EXECUTION_STARTED"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.get("actor").asString()).isEqualTo("local-operator"));
    }

    @Test
    void theRunbookCatalogIsListedWholeOrByCategory() throws Exception {
        JsonNode all = JSON.readTree(api.get("/api/v1/runbooks").body()).get("runbooks");
        JsonNode oom = JSON.readTree(
                        api.get("/api/v1/runbooks?category=oom_killed").body())
                .get("runbooks");

        assertThat(all.valueStream().map(r -> r.get("id").asString()))
                .contains(
                        "restart-deployment",
                        "rollback-deployment",
                        "scale-deployment",
                        "raise-memory-limit",
                        "raise-cpu-limit",
                        "delete-pod",
                        "cordon-node");
        assertThat(oom.valueStream().map(r -> r.get("id").asString())).containsExactly("raise-memory-limit");
        assertThat(JSON.readTree(api.get("/api/v1/runbooks?category=JOB_FAILED").body())
                        .get("runbooks"))
                .isEmpty();
        assertProblem(api.get("/api/v1/runbooks?category=BOGUS"), 400, "category must be one of");
    }

    private String executed(String proposalId) throws Exception {
        var response = api.execute(proposalId, api.approve(proposalId));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("executionId").asString();
    }

    private JsonNode executions(String query) throws Exception {
        var response = api.get("/api/v1/executions" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("executions");
    }

    private List<String> ids(String status, String investigation) throws Exception {
        return api.approvals("status", status, "investigationId", investigation)
                .valueStream()
                .map(entry -> entry.get("proposalId").asString())
                .toList();
    }

    /** Moves the approval's expiry into the past, as time would. */
    private void expire(String approvalId) {
        JdbcClient.create(dataSource)
                .sql("update runbook.approvals set expires_at = now() - interval '1 second' where approval_id = ?")
                .param(java.util.UUID.fromString(approvalId))
                .update();
    }
}
