package dev.triage.agents.remediation;

import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.tools.ToolResult;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Category;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The runbook server's catalog, read through {@code list_runbooks} once per category and cached for the run: which
 * runbooks address which category, and what each does to which kinds, is the catalog's to say.
 */
final class Catalog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServerTools runbooks;
    private final Trail trail;
    private final Map<String, Map<String, Runbook>> byCategory = new HashMap<>();

    Catalog(ServerTools runbooks, Trail trail) {
        this.runbooks = runbooks;
        this.trail = trail;
    }

    /** The runbooks that address {@code category}, by id. */
    Map<String, Runbook> forCategory(Category category) {
        return byCategory.computeIfAbsent(category.name(), name -> list(Map.of("category", name)));
    }

    /** The whole catalog, by id. */
    Map<String, Runbook> all() {
        return byCategory.computeIfAbsent("", name -> list(Map.of()));
    }

    private Map<String, Runbook> list(Map<String, String> arguments) {
        ToolResult result = runbooks.call("list_runbooks", arguments);
        if (!result.ok()) {
            trail.note("remediation: list_runbooks did not answer ("
                    + result.text().lines().findFirst().orElse("") + ").");
            return Map.of();
        }
        try {
            Map<String, Runbook> found = new LinkedHashMap<>();
            for (JsonNode node : JSON.readTree(result.text()).path("runbooks")) {
                Runbook runbook = runbook(node);
                found.put(runbook.id(), runbook);
            }
            return found;
        } catch (JacksonException e) {
            trail.note("remediation: list_runbooks answered something that is not a catalog.");
            return Map.of();
        }
    }

    private static Runbook runbook(JsonNode node) {
        List<Runbook.Parameter> parameters = new ArrayList<>();
        node.path("parameters")
                .forEach(p -> parameters.add(new Runbook.Parameter(
                        p.path("name").asString(), p.path("required").asBoolean(false))));
        List<Runbook.Step> steps = new ArrayList<>();
        node.path("steps")
                .forEach(s -> steps.add(new Runbook.Step(
                        s.path("action").asString(""),
                        s.path("with").path("resource").asString(null))));
        return new Runbook(
                node.path("id").asString(),
                strings(node.path("categories")),
                node.path("risk").asString(""),
                parameters,
                strings(node.path("targets")),
                steps);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
