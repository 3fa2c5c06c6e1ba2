package dev.triage.mcp.runbook.catalog;

import dev.triage.model.Category;
import java.util.List;
import java.util.Map;

/**
 * An investigation guide: what an SRE checks for an alert, handed to the agents as context.
 *
 * @param id the file name without extension
 * @param title the guide's title
 * @param alerts the alert names it is for (Prometheus {@code alertname})
 * @param labels alert labels that must all match for the guide to apply (none: any)
 * @param categories the finding categories it is for
 * @param runbooks the runbooks that usually follow
 * @param body the Markdown text
 */
public record Guide(
        String id,
        String title,
        List<String> alerts,
        Map<String, String> labels,
        List<Category> categories,
        List<String> runbooks,
        String body) {

    public Guide {
        alerts = List.copyOf(alerts);
        labels = Map.copyOf(labels);
        categories = List.copyOf(categories);
        runbooks = List.copyOf(runbooks);
    }

    /** Whether the guide is for this alert (by name and labels). */
    public boolean matchesAlert(String alertName, Map<String, String> alertLabels) {
        return alerts.stream().anyMatch(alertName::equalsIgnoreCase)
                && labels.entrySet().stream().allMatch(e -> e.getValue().equals(alertLabels.get(e.getKey())));
    }
}
