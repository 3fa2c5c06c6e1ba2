package dev.triage.orchestrator.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.util.json.GsonFactory;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The slash command, {@code /triage <question> [ns=NAMESPACE] [cluster=NAME]}: signed, answered at once (Slack waits
 * 3 seconds) with an ephemeral note of what was understood, and investigated after the answer; the report goes to
 * the command's {@code response_url}. The same command sent again (Slack retries one it thinks unanswered, with
 * {@code X-Slack-Retry-Num}) carries the same trigger id, which the store remembers: it starts nothing new.
 */
@RestController
@ConditionalOnProperty(prefix = "triage.slack", name = "signing-secret")
class CommandController {

    private static final Logger LOG = LoggerFactory.getLogger(CommandController.class);
    // A command's form is a few hundred bytes plus its text, which Slack caps at a few thousand characters.
    static final int MAX_BYTES = 64 * 1024;

    private final SignedBodies bodies;
    private final SlackStore store;
    private final CommandStarts starts;
    private final Gson gson = GsonFactory.createSnakeCase();

    CommandController(SignedBodies bodies, SlackStore store, CommandStarts starts) {
        this.bodies = bodies;
        this.store = store;
        this.starts = starts;
    }

    @PostMapping(path = "/slack/commands", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> command(HttpServletRequest request) throws IOException {
        String body = bodies.read(request, MAX_BYTES);
        SlashCommandPayload payload = parsed(body);
        if (payload.getResponseUrl() == null || !SlackApi.acceptable(payload.getResponseUrl())) {
            throw SignedBodies.problem(
                    HttpStatus.BAD_REQUEST, "a slash command carries a response_url (https) to send its report to");
        }
        String answer =
                switch (SlashCommand.parse(payload.getText())) {
                    case SlashCommand.Help help -> SlashCommand.USAGE;
                    case SlashCommand.Invalid invalid ->
                        "Not understood: " + SlackText.escaped(invalid.reason()) + ". Nothing was started.\n"
                                + SlashCommand.USAGE;
                    case SlashCommand.Ask ask -> ask(payload, ask, request.getHeader("X-Slack-Retry-Num"));
                };
        return ResponseEntity.ok(gson.toJson(SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(answer)
                .build()));
    }

    private String ask(SlashCommandPayload payload, SlashCommand.Ask ask, String retry) {
        if (!store.firstTime(SlackStore.digest("slash-command " + trigger(payload)))) {
            LOG.info(
                    "Slack sent a slash command again (retry {}): nothing new started",
                    retry == null ? "unnumbered" : SlackText.clipped(retry, 8));
            return "Already investigating this one (Slack sent the command again); its report will be posted here.";
        }
        return switch (starts.start(ask, payload.getResponseUrl(), payload.getUserId())) {
            case CommandStarts.Started.Accepted accepted -> CommandReplies.investigating(ask, accepted);
            case CommandStarts.Started.Refused refused -> "Not started: " + SlackText.escaped(refused.reason()) + ".";
        };
    }

    private static SlashCommandPayload parsed(String body) {
        try {
            return new SlashCommandPayloadParser().parse(body);
        } catch (IllegalArgumentException e) {
            throw SignedBodies.problem(
                    HttpStatus.BAD_REQUEST, "a slash command is a form (application/x-www-form-urlencoded)");
        }
    }

    /** What identifies this one command across Slack's retries: its trigger id, or failing that its response_url. */
    private static String trigger(SlashCommandPayload payload) {
        return payload.getTriggerId() != null && !payload.getTriggerId().isBlank()
                ? payload.getTriggerId()
                : payload.getResponseUrl();
    }
}
