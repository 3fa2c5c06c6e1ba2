package dev.triage.mcp.eks;

import dev.triage.mcp.hosting.testing.McpServerJarCheck;
import org.junit.jupiter.api.Test;

/** The packaged EKS server as it is deployed, checked by the official TypeScript MCP client. */
class EksServerJarIT {

    @Test
    void theRealJarServesTheDemoSnapshotToTheOfficialTypeScriptClient() throws Exception {
        try (McpServerJarCheck check = McpServerJarCheck.fromSystemProperties()) {
            check.run();
        }
    }
}
