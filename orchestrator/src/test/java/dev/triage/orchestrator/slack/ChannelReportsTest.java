package dev.triage.orchestrator.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.Payload;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Alert reports where no bot is wanted: the incoming webhook receives the Block Kit report, and nothing else does. */
class ChannelReportsTest {

    private final SlackStandIn slack = standIn();
    private final SlackApi api = new SlackApi(Slack.getInstance(config()), Optional.empty());

    @AfterEach
    void stop() throws Exception {
        api.close();
        slack.close();
    }

    @Test
    void withOnlyAWebhookTheReportIsPostedThroughItAsBlockKit() throws Exception {
        URI hook = URI.create(slack.hook("incoming"));
        SlackProperties settings = new SlackProperties(null, List.of(), null, null, hook, URI.create(slack.apiUrl()));
        ChannelReports reports = new ChannelReports(settings, api, null, Clock.systemUTC());
        ReportBlocks.Message message = new ReportBlocks(Optional.empty()).render(Reports.cart(), Map.of());

        assertThat(reports.on()).isTrue();
        reports.post(message, Reports.cart(), "fp-1");

        SlackStandIn.Call call = slack.await("/hooks/incoming", c -> true);
        Payload payload = GsonFactory.createSnakeCase().fromJson(call.body(), Payload.class);
        assertThat(payload.getText()).startsWith("Triage: ");
        assertThat(ReportBlocksTest.sectionText(payload.getBlocks())).contains("Root cause 1: OOM_KILLED");
        assertThat(slack.calls("/api/chat.postMessage")).isEmpty();
    }

    @Test
    void withNeitherBotChannelNorWebhookChannelPostingIsOff() {
        SlackProperties settings =
                new SlackProperties("secret", List.of(), null, null, null, URI.create(slack.apiUrl()));

        assertThat(new ChannelReports(settings, api, null, Clock.systemUTC()).on())
                .isFalse();
    }

    @Test
    void anAlertmanagerAlertFiringAgainIsTheSameThreadWhateverItsStart() {
        assertThat(ChannelReports.threadKey("alertmanager:3f2a9c@2026-11-21T09:05:00Z"))
                .isEqualTo(ChannelReports.threadKey("alertmanager:3f2a9c@2026-11-21T11:40:00Z"))
                .isEqualTo("alertmanager:3f2a9c");
        assertThat(ChannelReports.threadKey("webhook:checkout-5xx")).isEqualTo("webhook:checkout-5xx");
        assertThat(ChannelReports.threadKey("webhook:a@b")).isEqualTo("webhook:a@b");
        assertThat(ChannelReports.threadKey(null)).isNull();
    }

    private static SlackConfig config() {
        SlackConfig config = new SlackConfig();
        config.setHttpClientCallTimeoutMillis(5_000);
        config.setHttpClientReadTimeoutMillis(5_000);
        config.setStatsEnabled(false);
        return config;
    }

    private static SlackStandIn standIn() {
        try {
            return new SlackStandIn();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
