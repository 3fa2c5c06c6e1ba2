package dev.triage.orchestrator.slack;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.util.JsonPayloadExtractor;
import com.slack.api.app_backend.util.JsonPayloadTypeDetector;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
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
 * Slack's interactivity endpoint: button clicks ({@code block_actions}) and modal submissions
 * ({@code view_submission}) on the service's messages. Each is signed; the same payload arriving twice (a replay
 * inside the signature's window) is answered and does nothing the second time.
 */
@RestController
@ConditionalOnProperty(prefix = "triage.slack", name = "signing-secret")
class InteractionController {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionController.class);
    // A click's payload holds the whole message it was on: up to 50 blocks of 3,000 characters, URL-encoded.
    static final int MAX_BYTES = 1024 * 1024;

    private final SignedBodies bodies;
    private final SlackStore store;
    private final ButtonClicks clicks;
    private final ReasonSubmissions submissions;
    private final Gson gson = GsonFactory.createSnakeCase();

    InteractionController(SignedBodies bodies, SlackStore store, ButtonClicks clicks, ReasonSubmissions submissions) {
        this.bodies = bodies;
        this.store = store;
        this.clicks = clicks;
        this.submissions = submissions;
    }

    @PostMapping(path = "/slack/interactions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> interaction(HttpServletRequest request) throws IOException {
        String body = bodies.read(request, MAX_BYTES);
        String payload = new JsonPayloadExtractor().extractIfExists(body);
        if (payload == null || payload.isBlank()) {
            throw SignedBodies.problem(
                    HttpStatus.BAD_REQUEST, "an interaction is a form with a 'payload' field of JSON");
        }
        if (!store.firstTime(SlackStore.digest(payload))) {
            LOG.warn("Ignored a Slack interaction payload that was already handled (a replay)");
            return ResponseEntity.ok().build();
        }
        String type = type(payload);
        try {
            return switch (type) {
                case "block_actions" -> {
                    clicks.handle(gson.fromJson(payload, BlockActionPayload.class));
                    yield ResponseEntity.ok().build();
                }
                case "view_submission" ->
                    submissions
                            .handle(gson.fromJson(payload, ViewSubmissionPayload.class))
                            .map(errors -> ResponseEntity.ok(gson.toJson(errors)))
                            .orElseGet(() -> ResponseEntity.ok().build());
                default ->
                    throw SignedBodies.problem(
                            HttpStatus.BAD_REQUEST,
                            "interactions of type '" + SlackText.clipped(type, 40)
                                    + "' are not handled: only block_actions and view_submission");
            };
        } catch (JsonParseException | IllegalStateException e) {
            throw SignedBodies.problem(HttpStatus.BAD_REQUEST, "the interaction payload is not a " + type + " payload");
        }
    }

    private static String type(String payload) {
        try {
            String type = new JsonPayloadTypeDetector().detectType(payload);
            return type == null ? "" : type;
        } catch (JsonParseException | IllegalStateException e) {
            throw SignedBodies.problem(HttpStatus.BAD_REQUEST, "the interaction payload is not JSON");
        }
    }
}
