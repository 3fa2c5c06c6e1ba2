package dev.triage.orchestrator.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.triage.orchestrator.config.AgentServers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The whole way through Slack: {@code /triage ns=payments}, the report at the command's response_url, a stranger's
 * click that changes nothing, an approver's Approve with a reason, Execute (sent twice, run once), and the embedded
 * cluster changed with the audit naming the Slack user.
 */
class SlackEndToEndTest extends SlackServiceTest {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    @Autowired
    AgentServers servers;

    @Test
    void aCommandsReportApprovedAndExecutedInSlackChangesTheClusterOnceInTheApproversName() throws Exception {
        String hook = SLACK.hook("e2e-" + UUID.randomUUID());
        String id =
                SlackCommandsTest.id(slack().post("/slack/commands", Payloads.command(INTRUDER, "ns=payments", hook))
                        .body());
        List<LayoutBlock> blocks = SlackCommandsTest.blocks(SLACK.await(path(hook), call -> true));

        ButtonElement approve = ReportBlocksTest.buttons(blocks).stream()
                .filter(b -> Buttons.APPROVE.equals(b.getActionId()))
                .findFirst()
                .orElseThrow();
        String value = approve.getValue();
        String proposal = Buttons.Target.parse(value).orElseThrow().proposalId();
        JsonNode runbook = api().get("/api/v1/investigations/" + id)
                .get("remediations")
                .valueStream()
                .filter(r -> proposal.equals(r.path("proposalId").asString()))
                .findFirst()
                .orElseThrow();
        String namespace = runbook.at("/target/namespace").asString();
        String name = runbook.at("/target/name").asString();
        String before = deployment(namespace, name);

        for (String button : new String[] {Buttons.APPROVE, Buttons.EXECUTE}) {
            String refusedAt = SLACK.hook("e2e-stranger-" + button + "-" + UUID.randomUUID());
            slack().post("/slack/interactions", Payloads.click(INTRUDER, button, value, refusedAt));
            assertThat(SLACK.await(path(refusedAt), call -> true).body()).contains("not one of them");
        }
        assertThat(deployment(namespace, name))
                .as("a stranger's clicks change nothing")
                .isEqualTo(before);

        slack().post("/slack/interactions", Payloads.click(APPROVER, Buttons.APPROVE, value, SLACK.hook("e2e-a")));
        View modal = GSON.fromJson(
                SLACK.await("/api/views.open", call -> call.json("view").contains(proposal))
                        .form()
                        .get("view"),
                View.class);
        assertThat(slack().post(
                                "/slack/interactions",
                                Payloads.submission(
                                        APPROVER,
                                        modal.getCallbackId(),
                                        modal.getPrivateMetadata(),
                                        "payment-api is down"))
                        .body())
                .isEmpty();
        SLACK.await(
                "/api/chat.update",
                call -> call.json("blocks").contains(proposal)
                        && call.json("blocks").contains("Approved by <@" + APPROVER + ">"));
        assertThat(deployment(namespace, name)).as("approving runs nothing").isEqualTo(before);

        String execute = Payloads.click(APPROVER, Buttons.EXECUTE, value, SLACK.hook("e2e-x"));
        String ts = Long.toString(Instant.now().getEpochSecond());
        String signature = SlackSigning.sign(SignedRequests.SECRET, ts, execute);
        for (int replay = 0; replay < 2; replay++) {
            assertThat(slack().post("/slack/interactions", execute, ts, signature, Map.of())
                            .statusCode())
                    .isEqualTo(200);
        }
        JsonNode runs = api().ran(proposal);
        assertThat(runs.at("/0/status").asString()).isEqualTo("SUCCEEDED");
        assertThat(deployment(namespace, name))
                .as("the run changed the cluster")
                .isNotEqualTo(before);
        assertThat(runs.valueStream().toList())
                .as("the replayed Execute ran nothing")
                .hasSize(1);
        assertThat(runs.at("/0/executedBy").asString()).isEqualTo("slack:" + APPROVER);
        JsonNode trail = api().get("/api/v1/approvals/" + proposal + "/audit").get("entries");
        assertThat(trail.valueStream().filter(e -> e.get("action").asString().equals("APPROVED")))
                .singleElement()
                .satisfies(e -> assertThat(e.get("actor").asString()).isEqualTo("slack:" + APPROVER));
    }

    private String deployment(String namespace, String name) {
        return TriageCalls.deployment(servers.servers().get("eks"), namespace, name);
    }

    private static String path(String hook) {
        return hook.substring(SLACK.base().length());
    }
}
