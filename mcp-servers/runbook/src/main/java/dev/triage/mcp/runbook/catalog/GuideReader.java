package dev.triage.mcp.runbook.catalog;

import dev.triage.model.Category;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a guide: YAML front matter between {@code ---} lines, then Markdown. */
final class GuideReader {

    private static final String FENCE = "---";

    record FrontMatter(
            String title,
            List<String> alerts,
            Map<String, String> labels,
            List<String> categories,
            List<String> runbooks) {}

    private final SourceFile file;
    private final Problems problems;
    private final Set<String> runbookIds;

    GuideReader(SourceFile file, Problems problems, Set<String> runbookIds) {
        this.file = file;
        this.problems = problems;
        this.runbookIds = runbookIds;
    }

    Optional<Guide> read() {
        String text = file.content().replace("\r\n", "\n");
        int end = text.indexOf("\n" + FENCE + "\n", FENCE.length());
        if (!text.startsWith(FENCE + "\n") || end < 0) {
            problems.add(file, "", "a guide starts with front matter between '---' lines");
            return Optional.empty();
        }
        String body = text.substring(end + FENCE.length() + 2).strip();
        return YamlDocuments.read(file, text.substring(FENCE.length() + 1, end), FrontMatter.class, problems)
                .flatMap(front -> validate(front, body));
    }

    private Optional<Guide> validate(FrontMatter front, String body) {
        int before = problems.size();
        List<String> alerts = front.alerts() == null ? List.of() : front.alerts();
        List<Category> categories = categories(front.categories());
        List<String> runbooks = front.runbooks() == null ? List.of() : front.runbooks();
        if (front.title() == null || front.title().isBlank()) {
            problems.add(file, "title", "is required");
        }
        if (alerts.isEmpty() && categories.isEmpty()) {
            problems.add(file, "alerts", "a guide names the alerts or the categories it is for");
        }
        runbooks.stream()
                .filter(id -> !runbookIds.contains(id))
                .forEach(id -> problems.add(file, "runbooks", "'" + id + "' is not in the catalog"));
        if (problems.size() != before) {
            return Optional.empty();
        }
        Map<String, String> labels = front.labels() == null ? Map.of() : front.labels();
        return Optional.of(new Guide(file.baseName(), front.title(), alerts, labels, categories, runbooks, body));
    }

    private List<Category> categories(List<String> names) {
        List<Category> categories = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            Arrays.stream(Category.values())
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .ifPresentOrElse(
                            categories::add,
                            () -> problems.add(file, "categories", "'" + name + "' is not a finding category"));
        }
        return categories;
    }
}
