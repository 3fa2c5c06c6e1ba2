package dev.triage.mcp.runbook.library;

import dev.triage.mcp.runbook.catalog.CatalogLoader;
import dev.triage.mcp.runbook.catalog.RunbookCatalog;
import dev.triage.mcp.runbook.policy.Policies;
import dev.triage.mcp.runbook.policy.PolicyLoader;

/** The validated catalog and the policies over it. */
public record RunbookLibrary(RunbookCatalog catalog, Policies policies) {

    public static RunbookLibrary load(LibraryFiles files) {
        RunbookCatalog catalog = CatalogLoader.load(files.runbooks(), files.guides());
        return new RunbookLibrary(catalog, PolicyLoader.load(files.policies(), catalog.ids()));
    }
}
