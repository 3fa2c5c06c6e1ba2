package dev.triage.mcp.runbook.tools;

import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import dev.triage.mcp.runbook.catalog.Guide;
import dev.triage.mcp.runbook.catalog.Runbook;
import dev.triage.mcp.runbook.catalog.RunbookCatalog;
import dev.triage.model.Category;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The catalog as the remediation agent reads it: runbooks and investigation guides. Read-only. */
@Component
class CatalogTools implements ToolGroup {

    private static final String LIST_DESCRIPTION = """
            List the remediation runbooks in the catalog as JSON: id, title, the finding categories each \
            addresses, the kinds it acts on, its risk (low/medium/high), whether it changes the cluster, its \
            typed parameters (name, type, required, default, description, bounds) and its steps (from the fixed \
            action vocabulary). Pass category (a finding \
            category such as OOM_KILLED) to see only the runbooks for it. Only these runbooks can ever be \
            proposed.""";

    private static final String GET_DESCRIPTION = """
            Get one runbook by id as JSON: its description (when to use it and when not), parameters, the steps \
            it would take (from the fixed action vocabulary), how success is verified, how to roll it back, and \
            the investigation guides that lead to it.""";

    private static final String GUIDES_DESCRIPTION = """
            Find the investigation guides (what an SRE checks, in order) for an alert name such as \
            KubePodCrashLooping, optionally with the alert's labels, or for a finding category such as \
            CRASH_LOOP; returns their Markdown. With neither, lists every guide without its text.""";

    private final RunbookCatalog catalog;
    private final JsonMapper json = JsonMapper.builder().build();

    CatalogTools(RunbookCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<ToolDefinition> tools() {
        var list = InputSchema.builder()
                .string("category", "A finding category, e.g. OOM_KILLED; all runbooks when omitted")
                .build();
        var get = InputSchema.builder()
                .requiredString("id", "The runbook id, e.g. raise-memory-limit")
                .build();
        var guides = ObjectArguments.withObject(
                InputSchema.builder()
                        .string("alert", "An alert name (Prometheus alertname), e.g. KubePodCrashLooping")
                        .string("category", "A finding category, e.g. CRASH_LOOP")
                        .build(),
                "labels",
                "The alert's labels, e.g. {\"severity\": \"critical\"}; guides for the alert that require labels match only with them",
                List.of("string"));
        return List.of(
                ToolDefinition.read("list_runbooks", LIST_DESCRIPTION, list, this::list),
                ToolDefinition.read("get_runbook", GET_DESCRIPTION, get, this::get),
                ToolDefinition.read("find_guides", GUIDES_DESCRIPTION, guides, this::guides));
    }

    private ToolOutcome list(ToolArguments args) {
        Optional<Category> category = args.optionalString("category").map(CatalogTools::category);
        List<Runbook> runbooks = category.map(catalog::addressing).orElseGet(() -> List.copyOf(catalog.runbooks()));
        if (runbooks.isEmpty()) {
            return args.noData("no runbook addresses " + category.orElseThrow()
                    + ": investigate and fix by hand, nothing can be proposed");
        }
        return args.ok(json.writeValueAsString(new RunbookViews.RunbookList(
                runbooks.stream().map(RunbookViews::summary).toList())));
    }

    private ToolOutcome get(ToolArguments args) {
        String id = args.requiredString("id");
        return catalog.find(id)
                .map(runbook -> args.ok(json.writeValueAsString(RunbookViews.detail(runbook, catalog.guides()))))
                .orElseGet(() -> args.failed("no runbook '" + id + "' in the catalog; it has " + catalog.ids()));
    }

    private ToolOutcome guides(ToolArguments args) {
        Optional<String> alert = args.optionalString("alert");
        Optional<Category> category = args.optionalString("category").map(CatalogTools::category);
        if (alert.isEmpty() && category.isEmpty()) {
            return args.ok(json.writeValueAsString(new RunbookViews.GuideList(catalog.guides().stream()
                    .map(g -> RunbookViews.guide(g, false))
                    .toList())));
        }
        Map<String, String> labels = labels(args);
        List<Guide> found = catalog.guides().stream()
                .filter(g -> alert.map(a -> g.matchesAlert(a, labels)).orElse(false)
                        || category.map(g.categories()::contains).orElse(false))
                .toList();
        if (found.isEmpty()) {
            return args.noData("no guide for " + alert.orElse("") + " "
                    + category.map(Enum::name).orElse(""));
        }
        return args.ok(json.writeValueAsString(new RunbookViews.GuideList(
                found.stream().map(g -> RunbookViews.guide(g, true)).toList())));
    }

    private static Map<String, String> labels(ToolArguments args) {
        Map<String, String> labels = new HashMap<>();
        ObjectArguments.object(args, "labels").forEach((key, value) -> labels.put(key, String.valueOf(value)));
        return labels;
    }

    private static Category category(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return Arrays.stream(Category.values())
                .filter(c -> c.name().equals(upper))
                .findFirst()
                .orElseThrow(() -> new InvalidArgumentException(
                        "category", "must be one of " + Arrays.toString(Category.values()) + ", got " + name));
    }
}
