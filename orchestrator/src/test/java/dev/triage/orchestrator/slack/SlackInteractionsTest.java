package dev.triage.orchestrator.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.triage.orchestrator.config.AgentServers;
import dev.triage.orchestrator.feedback.Feedback;
import dev.triage.orchestrator.feedback.FeedbackStore;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The buttons of a report, driven with Slack's own payloads against the embedded default, with a local stand-in
 * for Slack's Web API: approve through the reason modal (views.open), the message updated (chat.update), run from
 * the Execute button with progress in the thread (chat.postMessage), and the cluster changed only then.
 */
class SlackInteractionsTest extends SlackServiceTest {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    @Autowired
    AgentServers servers;

    @Autowired
    FeedbackStore feedback;

    @Test
    void anApproverApprovesInTheModalThenExecutesAndOnlyThenTheClusterChanges() throws Exception {
        JsonNode report = api().investigate("diagnose unhealthy pods", "shop");
        String investigation = report.get("id").asString();
        String proposal = TriageCalls.proposal(report, "raise-memory-limit", "cart");
        String value = investigation + " " + proposal;

        HttpResponse<String> click = slack().post(
                        "/slack/interactions", Payloads.click(APPROVER, Buttons.APPROVE, value, SLACK.hook("approve")));
        assertThat(click.statusCode()).isEqualTo(200);
        SlackStandIn.Call opened =
                SLACK.await("/api/views.open", call -> call.json("view").contains(proposal));
        assertThat(opened.authorization()).isEqualTo("Bearer xoxb-test-token");
        assertThat(opened.form().get("trigger_id")).startsWith("4242.");
        View modal = GSON.fromJson(opened.form().get("view"), View.class);
        assertThat(modal.getCallbackId()).isEqualTo(DecisionModals.APPROVE);
        assertThat(cart()).contains("memory: \"256Mi\"");

        HttpResponse<String> submitted = slack().post(
                        "/slack/interactions",
                        Payloads.submission(
                                APPROVER, modal.getCallbackId(), modal.getPrivateMetadata(), "cart OOMs at 256Mi"));
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).isEmpty();
        SlackStandIn.Call updated = SLACK.await(
                "/api/chat.update", call -> call.json("blocks").contains("Approved by <@" + APPROVER + ">"));
        assertThat(updated.form()).containsEntry("channel", Payloads.CHANNEL).containsEntry("ts", Payloads.MESSAGE_TS);
        List<LayoutBlock> blocks =
                GSON.fromJson(updated.form().get("blocks"), new TypeToken<List<LayoutBlock>>() {}.getType());
        assertThat(ReportBlocksTest.buttons(blocks))
                .extracting(b -> b.getActionId())
                .contains(Buttons.EXECUTE);
        assertThat(cart()).as("approving changes nothing").contains("memory: \"256Mi\"");

        String execute = Payloads.click(APPROVER, Buttons.EXECUTE, value, SLACK.hook("execute"));
        String ts = Long.toString(Instant.now().getEpochSecond());
        String signature = SlackSigning.sign(SignedRequests.SECRET, ts, execute);
        assertThat(slack().post("/slack/interactions", execute, ts, signature, Map.of())
                        .statusCode())
                .isEqualTo(200);
        SLACK.await(
                "/api/chat.postMessage",
                call -> call.form().get("text").contains("is running *raise-memory-limit*")
                        && Payloads.MESSAGE_TS.equals(call.form().get("thread_ts")));
        assertThat(api().ran(proposal).at("/0/status").asString()).isEqualTo("SUCCEEDED");
        SLACK.await(
                "/api/chat.postMessage",
                call -> call.form().get("text").contains("SUCCEEDED")
                        && Payloads.MESSAGE_TS.equals(call.form().get("thread_ts")));
        assertThat(cart()).contains("memory: \"384Mi\"");

        // The same signed request again: answered, and nothing runs.
        assertThat(slack().post("/slack/interactions", execute, ts, signature, Map.of())
                        .statusCode())
                .isEqualTo(200);
        // A new click on the used approval: the ledger refuses it, and the thread says so.
        slack().post("/slack/interactions", Payloads.click(APPROVER, Buttons.EXECUTE, value, SLACK.hook("again")));
        SLACK.await("/api/chat.postMessage", call -> call.form().get("text").contains("Not run (APPROVAL_USED)"));
        JsonNode runs = api().get("/api/v1/executions?proposalId=" + proposal);
        assertThat(runs.get("executions").valueStream().toList()).hasSize(1);
        assertThat(runs.at("/executions/0/executedBy").asString()).isEqualTo("slack:" + APPROVER);
        assertThat(SLACK.calls("/api/auth.test"))
                .as("the SDK's statistics are off: no auth.test")
                .isEmpty();
        JsonNode trail = api().get("/api/v1/approvals/" + proposal + "/audit").get("entries");
        assertThat(trail.valueStream().filter(e -> e.get("action").asString().equals("APPROVED")))
                .singleElement()
                .satisfies(e -> assertThat(e.get("actor").asString()).isEqualTo("slack:" + APPROVER));
    }

    @Test
    void aNonApproversClicksAreRefusedToThemAloneAndChangeNothing() throws Exception {
        JsonNode report = api().investigate("diagnose unhealthy pods", "shop");
        String investigation = report.get("id").asString();
        String proposal = TriageCalls.firstProposal(report);
        int opened = SLACK.calls("/api/views.open").size();

        for (String button : List.of(Buttons.APPROVE, Buttons.DENY, Buttons.EXECUTE)) {
            HttpResponse<String> click = slack().post(
                            "/slack/interactions",
                            Payloads.click(
                                    INTRUDER,
                                    button,
                                    investigation + " " + proposal,
                                    SLACK.hook("intruder-" + button)));
            assertThat(click.statusCode()).isEqualTo(200);
            SlackStandIn.Call refusal = SLACK.await("/hooks/intruder-" + button, call -> true);
            assertThat(refusal.body())
                    .contains("\"response_type\":\"ephemeral\"", "not one of them", "Nothing was changed");
        }
        String forged = "{\"investigationId\":\"" + investigation + "\",\"proposalId\":\"" + proposal + "\"}";
        HttpResponse<String> submitted = slack().post(
                        "/slack/interactions", Payloads.submission(INTRUDER, DecisionModals.APPROVE, forged, "let me"));
        assertThat(submitted.body()).contains("\"response_action\":\"errors\"", "not one of them");

        assertThat(SLACK.calls("/api/views.open")).hasSize(opened);
        JsonNode pending = api().get("/api/v1/approvals?status=PENDING&investigationId=" + investigation)
                .get("approvals");
        assertThat(pending.valueStream().map(p -> p.get("proposalId").asString()))
                .contains(proposal);
        assertThat(api().get("/api/v1/executions?proposalId=" + proposal)
                        .get("executions")
                        .valueStream())
                .isEmpty();
    }

    @Test
    void aDenialFromTheModalIsRecordedWithItsReasonAndShownOnTheMessage() throws Exception {
        JsonNode report = api().investigate("diagnose unhealthy pods", "shop");
        String investigation = report.get("id").asString();
        String proposal = TriageCalls.firstProposal(report);
        String metadata = "{\"investigationId\":\"" + investigation + "\",\"proposalId\":\"" + proposal
                + "\",\"channel\":\"" + Payloads.CHANNEL
                + "\",\"messageTs\":\"1700000000.000200\",\"threadTs\":\"1700000000.000200\"}";

        HttpResponse<String> denied = slack().post(
                        "/slack/interactions",
                        Payloads.submission(APPROVER, DecisionModals.DENY, metadata, "wrong target"));

        assertThat(denied.body()).isEmpty();
        SLACK.await(
                "/api/chat.update",
                call -> "1700000000.000200".equals(call.form().get("ts"))
                        && call.json("blocks").contains("Denied by <@" + APPROVER + ">"));
        JsonNode decided = api().get("/api/v1/approvals?status=DENIED&investigationId=" + investigation)
                .at("/approvals/0/decision");
        assertThat(decided.get("decidedBy").asString()).isEqualTo("slack:" + APPROVER);
        assertThat(decided.get("reason").asString()).isEqualTo("wrong target");
        HttpResponse<String> again = slack().post(
                        "/slack/interactions", Payloads.submission(APPROVER, DecisionModals.DENY, metadata, "twice"));
        assertThat(again.body()).contains("\"response_action\":\"errors\"", "is denied");
    }

    @Test
    void feedbackIsAnyonesToGiveAndIsKeptWithTheInvestigation() throws Exception {
        String investigation =
                api().investigate("diagnose unhealthy pods", "shop").get("id").asString();

        slack().post(
                        "/slack/interactions",
                        Payloads.click(INTRUDER, Buttons.WRONG, investigation, SLACK.hook("feedback")));

        assertThat(SLACK.await("/hooks/feedback", call -> true).body()).contains("diagnosis was wrong");
        assertThat(feedback.of(investigation)).singleElement().satisfies(f -> {
            assertThat(f.person()).isEqualTo("slack:" + INTRUDER);
            assertThat(f.verdict()).isEqualTo(Feedback.Verdict.WRONG_DIAGNOSIS);
            assertThat(f.channel()).isEqualTo("slack");
        });
    }

    @Test
    void unsignedStaleOrMalformedInteractionsAreRefused() throws Exception {
        String body = Payloads.click(APPROVER, Buttons.APPROVE, "x", SLACK.hook("x"));
        String old = Long.toString(Instant.now().minusSeconds(360).getEpochSecond());

        assertThat(slack().post("/slack/interactions", body, null, null, Map.of())
                        .statusCode())
                .isEqualTo(401);
        assertThat(slack().post(
                                "/slack/interactions",
                                body,
                                old,
                                SlackSigning.sign(SignedRequests.SECRET, old, body),
                                Map.of())
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> noPayload = slack().post("/slack/interactions", "something=else");
        assertThat(noPayload.statusCode()).isEqualTo(400);
        assertThat(noPayload.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(slack().post("/slack/interactions", "payload=%7Bnot+json").statusCode())
                .isEqualTo(400);
        assertThat(slack().post(
                                "/slack/interactions",
                                SignedRequests.form(Map.of("payload", "{\"type\":\"shortcut\"}")))
                        .statusCode())
                .isEqualTo(400);
    }

    private String cart() {
        return TriageCalls.deployment(servers.servers().get("eks"), "shop", "cart");
    }
}
