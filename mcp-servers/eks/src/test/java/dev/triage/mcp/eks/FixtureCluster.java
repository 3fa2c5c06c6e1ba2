package dev.triage.mcp.eks;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The test cluster snapshot under {@code mcp-fixtures/cluster}, and the stand-in secrets it holds. */
final class FixtureCluster {

    /** Every credential-looking value in the fixture, plain and as stored (base64); none may appear in any output. */
    static final List<String> FAKE_SECRETS = List.of(
            "fake-pw-hunter2-XYZ",
            "fake-token-abc123",
            "fake-url-pw-999",
            "fake-flag-key-777",
            "fake-secret-value-s3cr3t",
            "ZmFrZS1zZWNyZXQtdmFsdWUtczNjcjN0",
            "fake-other-key-q9q9",
            "ZmFrZS1vdGhlci1rZXktcTlxOQ==");

    private FixtureCluster() {}

    static Path dir() {
        try {
            return Path.of(FixtureCluster.class
                            .getResource("/mcp-fixtures/cluster/snapshot.yaml")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void serve(DynamicPropertyRegistry registry) {
        registry.add("triage.snapshot", () -> dir().toString());
    }
}
