package dev.triage.mcp.runbook;

import dev.triage.mcp.hosting.testing.McpServerJarCheck;
import org.junit.jupiter.api.Test;

/** The packaged runbook server as it is deployed, planning against the demo snapshot, checked by the official client. */
class RunbookServerJarIT {

    @Test
    void theRealJarServesTheDemoSnapshotToTheOfficialTypeScriptClient() throws Exception {
        try (McpServerJarCheck check = McpServerJarCheck.fromSystemProperties()) {
            check.run();
        }
    }
}
