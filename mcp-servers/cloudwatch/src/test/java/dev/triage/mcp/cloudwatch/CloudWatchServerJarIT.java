package dev.triage.mcp.cloudwatch;

import dev.triage.mcp.hosting.testing.McpServerJarCheck;
import org.junit.jupiter.api.Test;

/** The packaged CloudWatch server as it is deployed, serving the demo snapshot, checked by the official client. */
class CloudWatchServerJarIT {

    @Test
    void theRealJarServesTheDemoSnapshotToTheOfficialTypeScriptClient() throws Exception {
        try (McpServerJarCheck check = McpServerJarCheck.fromSystemProperties()) {
            check.run();
        }
    }
}
