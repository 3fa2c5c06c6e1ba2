package dev.triage.mcp.runbook.tools;

import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import dev.triage.mcp.runbook.ledger.IncidentRecord;
import dev.triage.mcp.runbook.ledger.LedgerKept;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** create_incident: a persisted record of an incident; it changes nothing in the cluster, but it writes, so MUTATING. */
@Component
@LedgerKept
class IncidentTools implements ToolGroup {

    private static final Logger log = LoggerFactory.getLogger(IncidentTools.class);
    private static final int MAX_IDS = 50;

    private static final String DESCRIPTION = """
            Record an incident: a title, a severity (CRITICAL, HIGH, MEDIUM, LOW), a summary, and the finding ids \
            and proposal ids it concerns. Returns the incident as JSON with its incidentId. It changes nothing in \
            the cluster.""";

    private final RunbookLedger ledger;
    private final ObjectProvider<IncidentNotifier> notifiers;
    private final JsonMapper json = JsonMapper.builder().build();

    IncidentTools(RunbookLedger ledger, ObjectProvider<IncidentNotifier> notifiers) {
        this.ledger = ledger;
        this.notifiers = notifiers;
    }

    @Override
    public List<ToolDefinition> tools() {
        var base = InputSchema.builder()
                .requiredString("title", "One line naming the incident")
                .requiredString("severity", "CRITICAL, HIGH, MEDIUM or LOW")
                .requiredString("summary", "What happened and what was done, in a few lines")
                .build();
        Map<String, Object> properties = new LinkedHashMap<>(base.properties());
        properties.put("finding_ids", ids("Finding ids, e.g. oom_killed/Deployment/shop/cart"));
        properties.put("proposal_ids", ids("Proposal ids from propose_remediation"));
        var schema = new InputSchema(properties, base.required());
        return List.of(ToolDefinition.mutating("create_incident", DESCRIPTION, schema, this::create));
    }

    private ToolOutcome create(ToolArguments args) {
        IncidentRecord incident = ledger.createIncident(
                bounded(args, "title", 200),
                severity(args.requiredString("severity")).name(),
                bounded(args, "summary", 4000),
                strings(args, "finding_ids"),
                strings(args, "proposal_ids"),
                "create_incident");
        notifiers.orderedStream().forEach(notifier -> notify(notifier, incident));
        return args.ok(json.writeValueAsString(incident));
    }

    private static void notify(IncidentNotifier notifier, IncidentRecord incident) {
        try {
            notifier.created(incident);
        } catch (RuntimeException e) {
            log.warn("Incident {} recorded, but {} failed: {}", incident.incidentId(), notifier, e.getMessage());
        }
    }

    private static Map<String, Object> ids(String description) {
        return Map.of(
                "type",
                "array",
                "description",
                description,
                "maxItems",
                MAX_IDS,
                "items",
                Map.of("type", "string", "minLength", 1, "maxLength", 300));
    }

    private static String bounded(ToolArguments args, String name, int max) {
        String text = args.requiredString(name);
        if (text.length() > max) {
            throw new InvalidArgumentException(name, "is longer than " + max + " characters");
        }
        return text;
    }

    private static Severity severity(String text) {
        return Arrays.stream(Severity.values())
                .filter(s -> s.name().equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new InvalidArgumentException(
                        "severity", "must be one of " + Arrays.toString(Severity.values())));
    }

    private static List<String> strings(ToolArguments args, String name) {
        Object value = args.invocation().arguments().get(name);
        List<String> ids = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> ids.add(String.valueOf(item)));
        }
        return ids;
    }
}
