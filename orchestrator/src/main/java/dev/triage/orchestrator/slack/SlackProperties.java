package dev.triage.orchestrator.slack;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Slack app ({@code triage.slack.*}). The signing secret turns on the slash command and the buttons; a bot token
 * lets the service open modals, update its messages and post to a channel; an incoming webhook posts alert reports
 * where a bot is not wanted.
 *
 * @param signingSecret the app's signing secret: every request to {@code /slack/*} must carry its signature
 * @param approvers the Slack user ids (such as {@code U0123ABCD}) whose Approve, Deny and Execute clicks count
 * @param botToken the bot's token ({@code xoxb-...}): views.open, chat.update, chat.postMessage
 * @param channel the channel id alert-started investigations are posted to, with the bot token
 * @param webhookUrl an incoming webhook for alert-started investigations, where no bot token is set
 * @param apiUrl the Web API's base URL; a local server in tests
 */
@ConfigurationProperties(prefix = "triage.slack", ignoreUnknownFields = false)
record SlackProperties(
        String signingSecret,
        List<String> approvers,
        String botToken,
        String channel,
        URI webhookUrl,
        @DefaultValue("https://slack.com/api/") URI apiUrl) {

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,20}");
    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{2,20}");

    SlackProperties {
        signingSecret = blankAsNull(signingSecret, "signing-secret");
        botToken = blankAsNull(botToken, "bot-token");
        channel = blankAsNull(channel, "channel");
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
        approvers.stream()
                .filter(id -> !USER_ID.matcher(id).matches())
                .findFirst()
                .ifPresent(id -> fail("approvers lists Slack user ids such as U0123ABCD; '" + id + "' is none"));
        if (channel != null && !CHANNEL_ID.matcher(channel).matches()) {
            fail("channel is a channel id such as C0123ABCD (the channel's details show it), was '" + channel + "'");
        }
        if (channel != null && botToken == null) {
            fail("channel needs triage.slack.bot-token: chat.postMessage posts as the bot");
        }
        if (botToken != null && !botToken.startsWith("xox")) {
            fail("bot-token is the bot's token (xoxb-...), not another value");
        }
        requireHttp("webhook-url", webhookUrl);
        requireHttp("api-url", apiUrl);
        if (!apiUrl.getPath().endsWith("/")) {
            apiUrl = URI.create(apiUrl + "/");
        }
    }

    boolean commandsOn() {
        return signingSecret != null;
    }

    Set<String> approverIds() {
        return Set.copyOf(approvers);
    }

    /** How alert-started investigations reach Slack: the bot in a channel, an incoming webhook, or not at all. */
    ChannelMode channelMode() {
        if (botToken != null && channel != null) {
            return ChannelMode.BOT;
        }
        return webhookUrl != null ? ChannelMode.WEBHOOK : ChannelMode.OFF;
    }

    enum ChannelMode {
        BOT,
        WEBHOOK,
        OFF
    }

    /** No secret in a log line or an error page. */
    @Override
    public String toString() {
        return "SlackProperties[signingSecret=" + shown(signingSecret) + ", approvers=" + approvers + ", botToken="
                + shown(botToken) + ", channel=" + channel + ", webhookUrl=" + (webhookUrl == null ? null : "(set)")
                + ", apiUrl=" + apiUrl + "]";
    }

    private static String shown(String secret) {
        return secret == null ? null : "(set)";
    }

    private static String blankAsNull(String value, String key) {
        if (value != null && value.isBlank()) {
            fail(key + " is set but empty: remove it, or give its value");
        }
        return value == null ? null : value.strip();
    }

    private static void requireHttp(String key, URI uri) {
        if (uri != null
                && (!uri.isAbsolute()
                        || uri.getHost() == null
                        || !(uri.getScheme().equals("https") || uri.getScheme().equals("http")))) {
            fail(key + " must be an absolute http(s) URL, was " + uri);
        }
    }

    private static void fail(String message) {
        throw new IllegalArgumentException("triage.slack." + message);
    }
}
