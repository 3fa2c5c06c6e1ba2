package dev.triage.orchestrator.approval;

import dev.triage.model.Category;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The runbook catalog as the runbook server holds it (its {@code list_runbooks}): what could ever be proposed, with
 * each runbook's categories, risk and parameters. Read-only.
 */
@RestController
@RequestMapping("/api/v1/runbooks")
class RunbookController {

    private final RunbookTools runbook;
    private final JsonMapper json;

    RunbookController(RunbookTools runbook, JsonMapper json) {
        this.runbook = runbook;
        this.json = json;
    }

    /** All runbooks, or those that address {@code category} (a finding category such as OOM_KILLED). */
    @GetMapping
    JsonNode list(@RequestParam(required = false) String category) {
        Map<String, String> arguments = category == null
                ? Map.of()
                : Map.of("category", category(category).name());
        return switch (runbook.call("list_runbooks", arguments)) {
            // A category no runbook addresses is the tool's "no data": an empty catalog for it.
            case RunbookTools.Reply.Ok ok
            when ok.text().startsWith("No data for") -> json.readTree("{\"runbooks\":[]}");
            case RunbookTools.Reply.Ok ok -> json.readTree(ok.text());
            case RunbookTools.Reply.Failed failed -> throw badGateway(failed.message());
            case RunbookTools.Reply.Broken broken -> throw badGateway(broken.reason());
            case RunbookTools.Reply.Unavailable unavailable ->
                throw ApprovalProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, unavailable.reason());
        };
    }

    private static Category category(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Category.values())
                .filter(c -> c.name().equals(upper))
                .findFirst()
                .orElseThrow(() -> ApprovalProblems.badRequest("category must be one of "
                        + Arrays.toString(Category.values()) + ", was '" + ApprovalRules.shown(name) + "'"));
    }

    private static ErrorResponseException badGateway(String message) {
        return ApprovalProblems.problem(
                HttpStatus.BAD_GATEWAY, "the runbook server answered list_runbooks with an error: " + message);
    }
}
