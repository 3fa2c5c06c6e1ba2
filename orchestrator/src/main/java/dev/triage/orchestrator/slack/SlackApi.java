package dev.triage.orchestrator.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.webhook.Payload;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the service says to Slack, through the Slack SDK: Web API methods with the bot token (views.open,
 * chat.update, chat.postMessage) at the configured API URL, and messages to a {@code response_url} or an incoming
 * webhook. Slack being unreachable or refusing is logged and answered as false or empty, never thrown: a channel
 * failing must not fail an investigation or a decision. Tokens appear in no log line.
 */
final class SlackApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackApi.class);

    private final Slack slack;
    private final Optional<MethodsClient> bot;

    SlackApi(Slack slack, Optional<String> botToken) {
        this.slack = slack;
        this.bot = botToken.map(slack::methods);
    }

    boolean hasBot() {
        return bot.isPresent();
    }

    boolean openModal(String triggerId, View view) {
        return bot.map(methods -> ok(
                        "views.open",
                        () -> methods.viewsOpen(r -> r.triggerId(triggerId).view(view))))
                .orElse(false);
    }

    boolean update(String channel, String ts, String text, List<LayoutBlock> blocks) {
        return bot.map(methods -> ok(
                        "chat.update",
                        () -> methods.chatUpdate(
                                r -> r.channel(channel).ts(ts).text(text).blocks(blocks))))
                .orElse(false);
    }

    /** Posts to {@code channel}, in the thread of {@code threadTs} when it is not null; the new message's ts. */
    Optional<String> post(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        if (bot.isEmpty()) {
            return Optional.empty();
        }
        try {
            var response = bot.get()
                    .chatPostMessage(r ->
                            r.channel(channel).threadTs(threadTs).text(text).blocks(blocks));
            return response.isOk() ? Optional.of(response.getTs()) : refused("chat.postMessage", response);
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack chat.postMessage failed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** A message to a {@code response_url} (a slash command's or a button's): ephemeral, in the channel, a replacement. */
    boolean respond(String responseUrl, ActionResponse response) {
        if (!acceptable(responseUrl)) {
            LOG.warn("Not answering to a response_url that is neither https nor loopback");
            return false;
        }
        try {
            return delivered("response_url", new ActionResponseSender(slack).send(responseUrl, response));
        } catch (IOException e) {
            LOG.warn("Slack response_url failed: {}", e.getMessage());
            return false;
        }
    }

    boolean webhook(URI url, String text, List<LayoutBlock> blocks) {
        try {
            return delivered(
                    "incoming webhook",
                    slack.send(
                            url.toString(),
                            Payload.builder().text(text).blocks(blocks).build()));
        } catch (IOException e) {
            LOG.warn("Slack incoming webhook failed: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        slack.close();
    }

    /** Slack's own addresses are https; plain http only to this machine (a test's receiver). */
    static boolean acceptable(String url) {
        try {
            URI uri = URI.create(url);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                return true;
            }
            return "http".equals(uri.getScheme())
                    && uri.getHost() != null
                    && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return false;
        }
    }

    private interface Call {
        SlackApiTextResponse call() throws IOException, SlackApiException;
    }

    private static boolean ok(String method, Call call) {
        try {
            SlackApiTextResponse response = call.call();
            if (!response.isOk()) {
                refused(method, response);
            }
            return response.isOk();
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack {} failed: {}", method, e.getMessage());
            return false;
        }
    }

    private static <T> Optional<T> refused(String method, SlackApiTextResponse response) {
        LOG.warn("Slack refused {}: {}", method, response.getError());
        return Optional.empty();
    }

    private static boolean delivered(String what, WebhookResponse response) {
        boolean ok = response.getCode() != null && response.getCode() / 100 == 2;
        if (!ok) {
            LOG.warn("Slack {} answered {}: {}", what, response.getCode(), response.getBody());
        }
        return ok;
    }
}
