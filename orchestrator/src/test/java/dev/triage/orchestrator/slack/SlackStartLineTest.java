package dev.triage.orchestrator.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackStartLineTest {

    private static final URI API = URI.create("https://slack.com/api/");

    @Test
    void aSigningSecretWithoutABotTokenMeansCommandsOnAndChannelPostingOffSaidInOneLine() {
        String line =
                new SlackStartLine(new SlackProperties("s3cr3t-value", List.of(), null, null, null, API), true).line();

        assertThat(line)
                .contains("slash command at POST /slack/commands")
                .contains("channel posting off")
                .contains("no triage.slack.bot-token")
                .doesNotContain("\n")
                .doesNotContain("s3cr3t-value");
    }

    @Test
    void aBotWithAChannelPostsAlertsThreadedAndAWebhookAloneStillPosts() {
        assertThat(new SlackStartLine(new SlackProperties("s", List.of("U0A"), "xoxb-1", "C0OPS", null, API), false)
                        .line())
                .contains("alert reports posted to channel C0OPS, threaded per alert", "1 approver(s)")
                .contains("set triage.ui.base-url");
        assertThat(new SlackStartLine(
                                new SlackProperties(
                                        null, List.of(), null, null, URI.create("https://hooks.slack.com/x"), API),
                                true)
                        .line())
                .contains("no slash command", "alert reports posted to the incoming webhook");
    }
}
