package dev.triage.orchestrator.api;

import dev.triage.agents.routing.RequestSource;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.orchestrator.investigation.Intake;
import dev.triage.orchestrator.investigation.IntakeOutcome;
import dev.triage.orchestrator.investigation.IntakeRequest;
import dev.triage.orchestrator.investigation.Investigations;
import dev.triage.orchestrator.report.ReportText;
import dev.triage.orchestrator.store.HistoryQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/** The investigations API: ask a question, follow its progress, read the report, list recent ones. */
@RestController
@RequestMapping("/api/v1/investigations")
class InvestigationController {

    private static final String PATH = "/api/v1/investigations/";
    private static final int MAX_LIMIT = 100;
    private static final String UI_HEADER = "X-Triage-UI";

    private final Investigations investigations;
    private final Intake intake;
    private final EventStreams streams;
    private final JsonMapper json;

    InvestigationController(Investigations investigations, Intake intake, EventStreams streams, JsonMapper json) {
        this.investigations = investigations;
        this.intake = intake;
        this.streams = streams;
        this.json = json;
    }

    /** The id of the investigation started; 202 because it runs after the answer. */
    record Accepted(String id) {}

    /**
     * The chat UI marks its calls with {@code X-Triage-UI}: its questions are recorded as asked through the UI (the
     * source the history shows and the model policy reads); any other caller's are the API's.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> create(
            InputStream body, @RequestHeader(name = UI_HEADER, required = false) String fromTheUi, Principal caller)
            throws IOException {
        InvestigationBody ask = InvestigationBody.parse(BoundedBody.read(body, InvestigationBody.MAX_BYTES), json);
        RequestSource source = fromTheUi == null ? RequestSource.API : RequestSource.UI;
        // The token's (or the UI session's) person; none on the unauthenticated loopback default.
        IntakeOutcome outcome =
                intake.submit(IntakeRequest.question(source, ask.question(), ask.cluster(), ask.namespace())
                        .withRequester(caller == null ? null : caller.getName()));
        return switch (outcome) {
            case IntakeOutcome.Accepted accepted -> accepted(accepted.id());
            case IntakeOutcome.Duplicate duplicate -> accepted(duplicate.id());
            case IntakeOutcome.UnknownCluster unknown ->
                throw Problems.problem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "unknown cluster '" + unknown.requested() + "': this service investigates "
                                + unknown.servedList());
        };
    }

    /** The report as JSON, or for {@code Accept: text/plain} or {@code ?format=text} the text the CLI prints. */
    @GetMapping(
            path = "/{id}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<?> report(
            @PathVariable UUID id, @RequestParam(required = false) String format, @RequestHeader HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers.getAccept());
        InvestigationReport report = investigations.report(id.toString()).orElseThrow(() -> notFound(id));
        return switch (chosen) {
            case JSON ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            case TEXT ->
                ResponseEntity.ok()
                        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                        .body(ReportText.render(report));
        };
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(
            @PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastId,
            HttpServletRequest request) {
        int after = lastEventId(lastId);
        investigations.report(id.toString()).orElseThrow(() -> notFound(id));
        return streams.open(id.toString(), after, client(request));
    }

    /** The most recent first; {@code status} and {@code source} narrow the list (the UI's history filters). */
    @GetMapping
    InvestigationList recent(
            @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String source) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problems.badRequest("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        HistoryQuery query = new HistoryQuery(
                named("status", status, InvestigationStatus.class),
                Optional.ofNullable(named("source", source, RequestSource.class))
                        .map(Enum::name)
                        .orElse(null),
                limit);
        return new InvestigationList(investigations.recent(query));
    }

    /** The constant {@code value} names, ignoring case; null when absent; a 400 listing the names otherwise. */
    private static <E extends Enum<E>> E named(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(upper))
                .findFirst()
                .orElseThrow(() -> Problems.badRequest(parameter + " must be one of "
                        + Arrays.toString(type.getEnumConstants()) + ", was '" + TextRules.shown(value) + "'"));
    }

    /** Who holds a stream: the authenticated principal, else the address the request came from. */
    private static String client(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal != null ? "principal " + principal.getName() : "address " + request.getRemoteAddr();
    }

    private static int lastEventId(String lastId) {
        if (lastId == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(lastId.strip()));
        } catch (NumberFormatException e) {
            throw Problems.badRequest("Last-Event-ID must be an event number from this stream, was '" + lastId + "'");
        }
    }

    private static ErrorResponseException notFound(UUID id) {
        return Problems.problem(HttpStatus.NOT_FOUND, "no investigation " + id);
    }

    private static ResponseEntity<Accepted> accepted(String id) {
        return ResponseEntity.accepted().location(URI.create(PATH + id)).body(new Accepted(id));
    }
}
