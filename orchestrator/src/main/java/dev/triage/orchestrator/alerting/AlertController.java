package dev.triage.orchestrator.alerting;

import dev.triage.agents.routing.RequestSource;
import dev.triage.orchestrator.alerting.AlertIntake.AlertOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert webhooks: Alertmanager, PagerDuty V3 and a generic JSON incident. Each checks its own credential first
 * (these paths pass the JWT filter chain untouched), stores what it accepts before answering 202 with the
 * investigation's id (the existing one for a duplicate), and keeps what it cannot use in the rejected alerts.
 */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private static final int MAX_LIMIT = 100;

    private final AlertsProperties settings;
    private final AlertIntake alerts;
    private final RejectedAlerts rejected;
    private final JsonMapper json;

    AlertController(AlertsProperties settings, AlertIntake alerts, RejectedAlerts rejected, JsonMapper json) {
        this.settings = settings;
        this.alerts = alerts;
        this.rejected = rejected;
        this.json = json;
    }

    /**
     * The answer: {@code id} is the first alert's investigation (null when none started or matched), {@code alerts}
     * says what became of each, {@code ignored} names an event type that is not investigated.
     */
    record Accepted(String id, List<AlertOutcome> alerts, String ignored) {}

    record RejectedList(List<RejectedAlerts.Rejected> rejected) {}

    @PostMapping(path = "/alertmanager", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> alertmanager(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization, InputStream body)
            throws IOException {
        BearerTokens.require(settings.alertmanager().configured(), authorization, AlertsProperties.ALERTMANAGER_TOKEN);
        byte[] bytes = AlertJson.read(body);
        return answer(alerts.take(RequestSource.ALERTMANAGER, AlertmanagerPayload.read(AlertJson.tree(bytes, json))));
    }

    @PostMapping(path = "/pagerduty", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> pagerduty(
            @RequestHeader(name = PagerDutySignatures.HEADER, required = false) String signature, InputStream body)
            throws IOException {
        byte[] bytes = AlertJson.read(body);
        Optional<String> secret = settings.pagerduty().configured();
        if (secret.isPresent() && !PagerDutySignatures.valid(secret.get(), bytes, signature)) {
            throw AlertProblems.unauthorized(
                    signature == null
                            ? "this webhook needs the " + PagerDutySignatures.HEADER + " header (v1=HMAC-SHA256 of "
                                    + "the body with " + AlertsProperties.PAGERDUTY_SECRET + ")"
                            : "no signature in " + PagerDutySignatures.HEADER + " matches the body with "
                                    + AlertsProperties.PAGERDUTY_SECRET,
                    "PagerDuty-Signature");
        }
        var event = AlertJson.tree(bytes, json);
        return PagerDutyPayload.read(event)
                .map(alert -> answer(alerts.take(RequestSource.PAGERDUTY, List.of(alert))))
                .orElseGet(() -> ResponseEntity.accepted()
                        .body(new Accepted(
                                null,
                                List.of(),
                                event.get("event").get("event_type").stringValue())));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> generic(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization, InputStream body)
            throws IOException {
        BearerTokens.require(settings.webhook().configured(), authorization, AlertsProperties.WEBHOOK_TOKEN);
        byte[] bytes = AlertJson.read(body);
        return answer(alerts.take(RequestSource.WEBHOOK, List.of(GenericIncident.read(AlertJson.tree(bytes, json)))));
    }

    /** Alerts that were authenticated and well-formed but could not be investigated, the most recent first. */
    @GetMapping("/rejected")
    RejectedList rejected(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw AlertProblems.badRequest("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return new RejectedList(rejected.recent(limit));
    }

    // 202 when anything was started, matched or resolved; 422 when every alert was rejected (each is kept).
    private static ResponseEntity<Accepted> answer(List<AlertOutcome> outcomes) {
        if (!outcomes.isEmpty() && outcomes.stream().allMatch(AlertOutcome::rejected)) {
            ErrorResponseException problem = AlertProblems.problem(
                    AlertProblems.UNPROCESSABLE,
                    outcomes.getFirst().reason() + " (kept as rejected alert "
                            + outcomes.getFirst().id() + ", see GET /api/v1/alerts/rejected)");
            problem.getBody().setProperty("alerts", outcomes);
            throw problem;
        }
        String id = outcomes.stream()
                .filter(outcome -> !outcome.rejected())
                .map(AlertOutcome::id)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        return ResponseEntity.accepted().body(new Accepted(id, outcomes, null));
    }
}
