package dev.triage.mcp.runbook.catalog;

import dev.triage.model.Category;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A remediation runbook from the catalog, validated: see {@code runbooks/README.md} for the file format. */
public record Runbook(
        String id,
        String title,
        String description,
        List<Category> categories,
        List<TargetKind> targets,
        Risk risk,
        List<Parameter> parameters,
        List<Step> steps,
        String verification,
        String rollback) {

    public Runbook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(risk, "risk");
        categories = List.copyOf(categories);
        targets = List.copyOf(targets);
        parameters = List.copyOf(parameters);
        steps = List.copyOf(steps);
    }

    /** Whether running it changes the cluster; every runbook in the catalog does, but the seam is explicit. */
    public boolean mutating() {
        return steps.stream().anyMatch(step -> step.action().mutating());
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public boolean addresses(Category category) {
        return categories.contains(category);
    }
}
