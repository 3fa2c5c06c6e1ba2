package dev.triage.orchestrator.slack;

import dev.triage.model.InvestigationReport;
import dev.triage.orchestrator.investigation.IntakeRequest;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports of alert-started investigations, posted to the team's channel: as the bot (chat.postMessage with
 * {@code triage.slack.bot-token} in {@code triage.slack.channel}), threaded per alert fingerprint so that a re-firing
 * alert's report lands under its first; or through an incoming webhook ({@code triage.slack.webhook-url}), which
 * posts but cannot thread.
 */
final class ChannelReports {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelReports.class);

    private final SlackProperties slack;
    private final SlackApi api;
    private final SlackStore store;
    private final Clock clock;

    ChannelReports(SlackProperties slack, SlackApi api, SlackStore store, Clock clock) {
        this.slack = slack;
        this.api = api;
        this.store = store;
        this.clock = clock;
    }

    boolean on() {
        return slack.channelMode() != SlackProperties.ChannelMode.OFF;
    }

    /** Posts the report; {@code fingerprint} (null when the alert has none) picks the thread. */
    void post(ReportBlocks.Message message, InvestigationReport report, String fingerprint) {
        switch (slack.channelMode()) {
            case BOT -> asBot(message, report, fingerprint);
            case WEBHOOK -> throughWebhook(slack.webhookUrl(), message, report);
            case OFF -> {}
        }
    }

    private void asBot(ReportBlocks.Message message, InvestigationReport report, String fingerprint) {
        String channel = slack.channel();
        String alert = threadKey(fingerprint);
        Optional<String> thread = alert == null ? Optional.empty() : store.thread(alert, channel);
        Optional<String> ts = api.post(channel, thread.orElse(null), message.text(), message.blocks());
        if (ts.isEmpty()) {
            LOG.warn("The report of investigation {} was not posted to channel {}", report.id(), channel);
            return;
        }
        if (thread.isEmpty() && alert != null) {
            store.keepThread(alert, channel, ts.get(), clock.instant());
        }
    }

    /**
     * What names the alert across its firings ({@link IntakeRequest#alertKey}): a firing after a resolution is the
     * same alert again, and goes in the same thread.
     */
    static String threadKey(String fingerprint) {
        return IntakeRequest.alertKey(fingerprint);
    }

    private void throughWebhook(URI url, ReportBlocks.Message message, InvestigationReport report) {
        if (!api.webhook(url, message.text(), message.blocks())) {
            LOG.warn("The report of investigation {} was not posted to the incoming webhook", report.id());
        }
    }
}
