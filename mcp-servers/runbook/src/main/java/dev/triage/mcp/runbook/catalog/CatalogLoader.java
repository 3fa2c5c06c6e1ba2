package dev.triage.mcp.runbook.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Validates the runbook and guide files into a catalog, or throws one {@link CatalogException} naming them all. */
public final class CatalogLoader {

    private CatalogLoader() {}

    public static RunbookCatalog load(List<SourceFile> runbookFiles, List<SourceFile> guideFiles) {
        Problems problems = new Problems();
        List<Runbook> runbooks = runbooks(sorted(runbookFiles), problems);
        Set<String> ids = new HashSet<>(runbooks.stream().map(Runbook::id).toList());
        Set<String> missing = new TreeSet<>(RunbookCatalog.REQUIRED_IDS);
        missing.removeAll(ids);
        if (!missing.isEmpty() && problems.isEmpty()) {
            problems.add(new SourceFile("catalog/", ""), "", "the catalog lacks the required runbooks " + missing);
        }
        List<Guide> guides = sorted(guideFiles).stream()
                .map(file -> new GuideReader(file, problems, ids).read())
                .flatMap(Optional::stream)
                .toList();
        problems.throwIfAny();
        return new RunbookCatalog(runbooks, guides);
    }

    private static List<Runbook> runbooks(List<SourceFile> files, Problems problems) {
        List<Runbook> runbooks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SourceFile file : files) {
            new RunbookReader(file, problems).read().ifPresent(runbook -> {
                if (seen.add(runbook.id())) {
                    runbooks.add(runbook);
                } else {
                    problems.add(file, "id", "a second runbook with id " + runbook.id());
                }
            });
        }
        return runbooks;
    }

    private static List<SourceFile> sorted(List<SourceFile> files) {
        return files.stream().sorted(Comparator.comparing(SourceFile::path)).toList();
    }
}
