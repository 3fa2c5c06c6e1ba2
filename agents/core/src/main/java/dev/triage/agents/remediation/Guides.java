package dev.triage.agents.remediation;

import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.tools.ToolResult;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Category;
import dev.triage.model.Finding;
import dev.triage.model.GuideCitation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The investigation guides of the runbook server ({@code find_guides}), one per root cause's category: the guide
 * that lists the category first among its own (its main subject), the first by id on a tie. Read once per category
 * per investigation.
 */
final class Guides {

    static final String TOOL = "find_guides";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServerTools runbooks;
    private final Trail trail;
    private final Map<Category, Optional<Guide>> byCategory = new HashMap<>();

    Guides(ServerTools runbooks, Trail trail) {
        this.runbooks = runbooks;
        this.trail = trail;
    }

    /** A guide with its Markdown, as the server serves it. */
    record Guide(String id, String title, List<String> categories, String body) {}

    /** The guide cited for each category among {@code rootCauses}, in the order the root causes come. */
    List<GuideCitation> cite(List<Finding> rootCauses) {
        Map<Category, List<String>> findings = new LinkedHashMap<>();
        rootCauses.forEach(f ->
                findings.computeIfAbsent(f.category(), c -> new ArrayList<>()).add(f.id()));
        List<GuideCitation> citations = new ArrayList<>();
        findings.forEach((category, ids) ->
                guideFor(category).ifPresent(g -> citations.add(new GuideCitation(g.id(), g.title(), category, ids))));
        return citations;
    }

    /** The cited guides themselves, Markdown included: a model's context for choosing what to do. */
    List<Guide> bodies(List<GuideCitation> citations) {
        return citations.stream()
                .map(c -> guideFor(c.category()))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    private Optional<Guide> guideFor(Category category) {
        return byCategory.computeIfAbsent(category, this::find);
    }

    private Optional<Guide> find(Category category) {
        ToolResult result = runbooks.call(TOOL, Map.of("category", category.name()));
        if (!result.ok() || !result.text().strip().startsWith("{")) {
            return Optional.empty();
        }
        try {
            List<Guide> guides = new ArrayList<>();
            for (JsonNode node : JSON.readTree(result.text()).path("guides")) {
                List<String> categories = new ArrayList<>();
                node.path("categories").forEach(c -> categories.add(c.asString()));
                guides.add(new Guide(
                        node.path("id").asString(),
                        node.path("title").asString(""),
                        categories,
                        node.path("body").asString("")));
            }
            return guides.stream()
                    .filter(g -> !g.id().isBlank() && g.categories().contains(category.name()))
                    .min(Comparator.comparing((Guide g) -> g.categories().indexOf(category.name()))
                            .thenComparing(Guide::id));
        } catch (JacksonException e) {
            trail.note("remediation: " + TOOL + " answered something that is not a guide list.");
            return Optional.empty();
        }
    }
}
