package dev.triage.orchestrator.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import dev.triage.agents.routing.RequestSource;
import dev.triage.model.InvestigationReport;
import dev.triage.orchestrator.investigation.InvestigationFinished;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Sends a finished investigation's report where Slack wants it: a slash command's back to its {@code response_url}
 * (in the conversation, so the buttons work for everyone there), an alert's to the channel. Each report is sent once,
 * whichever replica hears of it and however often. The post happens on a task of its own, not the runner's thread.
 */
final class ReportDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(ReportDelivery.class);
    static final Set<RequestSource> ALERTS =
            Set.of(RequestSource.ALERTMANAGER, RequestSource.PAGERDUTY, RequestSource.WEBHOOK);

    private final MessageRefresh messages;
    private final SlackApi api;
    private final ChannelReports channel;
    private final SlackStore store;
    private final Executor later;
    private final Clock clock;

    ReportDelivery(
            MessageRefresh messages,
            SlackApi api,
            ChannelReports channel,
            SlackStore store,
            Executor later,
            Clock clock) {
        this.messages = messages;
        this.api = api;
        this.channel = channel;
        this.store = store;
        this.later = later;
        this.clock = clock;
    }

    /** The intake's event, for every finished investigation: Slack's own and alerts' are sent, others left alone. */
    @EventListener
    void on(InvestigationFinished finished) {
        finished(finished.source(), finished.replyTarget(), finished.fingerprint(), finished.report());
    }

    /**
     * @param replyTarget the slash command's {@code response_url} for {@link RequestSource#SLACK}
     * @param fingerprint the alert's, for the channel's thread; null for a question
     */
    void finished(RequestSource source, String replyTarget, String fingerprint, InvestigationReport report) {
        if (source == RequestSource.SLACK && replyTarget != null) {
            later.execute(() -> {
                if (claimed(report, "response_url")) {
                    toResponseUrl(replyTarget, report);
                }
            });
        } else if (ALERTS.contains(source) && channel.on()) {
            later.execute(() -> {
                if (claimed(report, "channel")) {
                    channel.post(messages.render(report), report, fingerprint);
                }
            });
        }
    }

    private boolean claimed(InvestigationReport report, String target) {
        boolean first = store.claimDelivery(report.id(), target, clock.instant());
        if (!first) {
            LOG.info("The report of investigation {} was sent to Slack already", report.id());
        }
        return first;
    }

    private void toResponseUrl(String responseUrl, InvestigationReport report) {
        ReportBlocks.Message message = messages.render(report);
        boolean sent = api.respond(
                responseUrl,
                ActionResponse.builder()
                        .responseType("in_channel")
                        .replaceOriginal(false)
                        .text(message.text())
                        .blocks(message.blocks())
                        .build());
        if (!sent) {
            LOG.warn("The report of investigation {} did not reach its slash command's response_url", report.id());
        }
    }
}
