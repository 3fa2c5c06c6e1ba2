package dev.triage.orchestrator.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.triage.agents.routing.RequestSource;
import dev.triage.model.Severity;
import dev.triage.orchestrator.investigation.Intake;
import dev.triage.orchestrator.investigation.IntakeOutcome;
import dev.triage.orchestrator.investigation.IntakeRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finished reports sent to Slack: a slash command's to its response_url as Block Kit with the root cause and the
 * decision buttons; an alert's to the channel as the bot, a re-firing alert's in the thread of its first.
 */
class SlackReportDeliveryTest extends SlackServiceTest {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    @Autowired
    Intake intake;

    @Autowired
    SlackStore store;

    @Test
    void aCommandsReportReachesItsResponseUrlAsBlockKitWithTheRootCauseAndTheDecisionButtons() throws Exception {
        String hook = SLACK.hook("report-" + UUID.randomUUID());
        String ack = slack().post("/slack/commands", Payloads.command(APPROVER, "ns=shop", hook))
                .body();
        String id = SlackCommandsTest.id(ack);

        List<LayoutBlock> blocks = SlackCommandsTest.blocks(SLACK.await(path(hook), call -> true));
        assertThat(api().finished(id).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(SlackCommandsTest.header(blocks)).startsWith("🔴 OOM_KILLED");
        assertThat(ReportBlocksTest.sectionText(blocks)).contains("*Root cause 1: OOM_KILLED*", "> ", "_— ");
        assertThat(SlackCommandsTest.actionIds(blocks))
                .contains(Buttons.APPROVE, Buttons.DENY, Buttons.HELPFUL, Buttons.OPEN);
        assertThat(ReportBlocksTest.buttons(blocks))
                .filteredOn(b -> Buttons.OPEN.equals(b.getActionId()))
                .singleElement()
                .satisfies(b -> assertThat(b.getUrl()).isEqualTo("https://triage.example.com/investigations/" + id));
    }

    @Test
    void anAlertsReportIsPostedToTheChannelAndItsNextFiringLandsInTheSameThread() throws Exception {
        String alert = "alertmanager:" + UUID.randomUUID();

        String first = alert(alert + "@2026-11-21T09:05:00Z");
        SlackStandIn.Call posted = SLACK.await("/api/chat.postMessage", call -> mentions(call, first));
        assertThat(posted.authorization()).isEqualTo("Bearer xoxb-test-token");
        assertThat(posted.form()).containsEntry("channel", ALERT_CHANNEL).doesNotContainKey("thread_ts");
        assertThat(posted.form().get("text")).startsWith("Triage: ");
        String thread = thread(alert);

        String again = alert(alert + "@2026-11-21T11:40:00Z");
        assertThat(again).as("a new firing is a new investigation").isNotEqualTo(first);
        SlackStandIn.Call reFired = SLACK.await("/api/chat.postMessage", call -> mentions(call, again));
        assertThat(reFired.form()).containsEntry("channel", ALERT_CHANNEL).containsEntry("thread_ts", thread);
        List<LayoutBlock> blocks =
                GSON.fromJson(reFired.form().get("blocks"), new TypeToken<List<LayoutBlock>>() {}.getType());
        assertThat(SlackCommandsTest.actionIds(blocks)).contains(Buttons.APPROVE, Buttons.DENY);
    }

    /** A firing alert of cart in shop handed to the intake as the Alertmanager webhook hands it; its id. */
    private String alert(String fingerprint) {
        IntakeOutcome outcome = intake.submit(new IntakeRequest(
                RequestSource.ALERTMANAGER,
                null,
                "shop",
                "Alert KubePodCrashLooping on deployment cart in namespace shop: cart keeps restarting",
                Severity.CRITICAL,
                "summary: cart keeps restarting",
                fingerprint,
                null));
        return ((IntakeOutcome.Accepted) outcome).id();
    }

    /** The thread kept for the fingerprint, once the post that started it has been answered. */
    private String thread(String alert) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var thread = store.thread(alert, ALERT_CHANNEL);
            if (thread.isPresent()) {
                return thread.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no thread kept for " + alert);
    }

    private static boolean mentions(SlackStandIn.Call call, String investigationId) {
        return call.form().getOrDefault("blocks", "").contains(investigationId);
    }

    private static String path(String hook) {
        return hook.substring(SLACK.base().length());
    }
}
