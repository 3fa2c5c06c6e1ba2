package dev.triage.mcp.runbook.catalog;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with the library's files, so one start-up reports every problem at once. */
public final class Problems {

    private final List<String> problems = new ArrayList<>();

    /** A problem with {@code field} of {@code file}, e.g. {@code catalog/x.yaml: steps[1].action: ...}. */
    public void add(SourceFile file, String field, String problem) {
        problems.add(file.path() + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
    }

    public int size() {
        return problems.size();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
    }
}
