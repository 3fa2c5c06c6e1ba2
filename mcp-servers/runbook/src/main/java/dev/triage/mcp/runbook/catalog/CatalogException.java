package dev.triage.mcp.runbook.catalog;

import java.util.List;

/** The runbook library is broken; the message names every file and field at fault. Start-up stops on it. */
public final class CatalogException extends RuntimeException {

    public CatalogException(List<String> problems) {
        super("the runbook library is invalid:\n  " + String.join("\n  ", problems));
    }
}
