package dev.triage.orchestrator.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/** Says at start what of Slack is on, and what is off for want of which setting. */
final class SlackStartLine implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SlackStartLine.class);

    private final SlackProperties slack;
    private final boolean linksReports;

    SlackStartLine(SlackProperties slack, boolean linksReports) {
        this.slack = slack;
        this.linksReports = linksReports;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        LOG.info("Slack: {}", line());
    }

    /** What of Slack is on, and what is off for want of which setting: one line. */
    String line() {
        return String.join(
                "; ",
                commands(),
                decisions(),
                channel(),
                linksReports
                        ? "reports link to triage.ui.base-url"
                        : "reports carry no link to the UI (set triage.ui.base-url)");
    }

    private String commands() {
        return slack.commandsOn()
                ? "slash command at POST /slack/commands, interactivity at POST /slack/interactions"
                : "no triage.slack.signing-secret, so no slash command and no buttons (/slack/* is 404)";
    }

    private String decisions() {
        if (!slack.commandsOn()) {
            return "no decisions from Slack";
        }
        if (slack.botToken() == null) {
            return "no triage.slack.bot-token, so Approve/Deny/Execute answer that they need one";
        }
        int approvers = slack.approverIds().size();
        return approvers == 0
                ? "no triage.slack.approvers, so nobody may approve from Slack"
                : approvers + " approver(s) may approve, deny and run runbooks";
    }

    private String channel() {
        return switch (slack.channelMode()) {
            case BOT -> "alert reports posted to channel " + slack.channel() + ", threaded per alert";
            case WEBHOOK -> "alert reports posted to the incoming webhook";
            case OFF -> "channel posting off (no triage.slack.bot-token with triage.slack.channel, nor webhook-url)";
        };
    }
}
