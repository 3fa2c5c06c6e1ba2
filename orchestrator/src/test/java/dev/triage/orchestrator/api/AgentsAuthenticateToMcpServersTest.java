package dev.triage.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.ClusterConnections;
import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.mcp.eks.EksMcpServerApplication;
import dev.triage.orchestrator.TriageApplication;
import dev.triage.orchestrator.embedded.EmbeddedMcpServer;
import dev.triage.security.testing.LocalIssuer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service's agents calling an EKS MCP server that checks tokens (triage.mcp.auth): they get one by the
 * client-credentials grant (triage.agents.auth) from the issuer the server trusts, and every tool call gets through:
 * the agents' and the page's (its pickers call the same servers).
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgentsAuthenticateToMcpServersTest {

    private static final LocalIssuer ISSUER = LocalIssuer.start();
    private static final Path SNAPSHOT = BundledSnapshots.demo().toAbsolutePath();
    private static final ClusterConnection CLUSTER = ClusterConnections.open(Optional.of(SNAPSHOT), Optional.empty());
    private static final EmbeddedMcpServer EKS = EmbeddedMcpServer.start(
            "eks",
            EksMcpServerApplication.class,
            CLUSTER,
            Map.of(
                    "triage.snapshot", SNAPSHOT.toString(),
                    "triage.mcp.auth.issuer-uri", ISSUER.uri(),
                    "triage.mcp.auth.client-ids", LocalIssuer.CLIENT_ID));

    @DynamicPropertySource
    static void agents(DynamicPropertyRegistry properties) {
        properties.add("triage.agents.servers.eks", () -> EKS.url().toString());
        properties.add("triage.agents.cluster", CLUSTER::clusterName);
        properties.add("triage.agents.auth.token-uri", ISSUER::tokenUri);
        properties.add("triage.agents.auth.client-id", () -> LocalIssuer.CLIENT_ID);
        properties.add("triage.agents.auth.client-secret", () -> LocalIssuer.CLIENT_SECRET);
        properties.add("triage.agents.auth.scopes", () -> "tools/read");
    }

    @AfterAll
    static void stop() {
        EKS.close();
        CLUSTER.close();
        ISSUER.close();
    }

    @LocalServerPort
    int port;

    @Test
    void theDiagnosticAgentsToolCallsCarryAGrantedToken() throws Exception {
        ServiceClient service = new ServiceClient(port);

        JsonNode report = service.awaitFinished(service.start("diagnose unhealthy pods in shop"));

        JsonNode calls = report.get("toolCalls");
        assertThat(calls.size()).as(report.toString()).isPositive();
        assertThat(calls.valueStream().map(call -> call.get("outcome").asString()))
                .as(calls.toString())
                .allSatisfy(outcome -> assertThat(outcome).doesNotStartWith("failed"));
        assertThat(report.get("findings").size()).isPositive();
        // One grant for the service, whichever test ran first: the page's calls and the agents' reuse the token.
        assertThat(ISSUER.grants()).isEqualTo(1);
    }

    @Test
    void thePagesNamespacePickerReachesTheServerWithTheAgentsToken() {
        ServiceClient service = new ServiceClient(port);

        JsonNode cluster = service.json(service.get("/api/v1/cluster"));

        assertThat(cluster.get("unavailable").isNull()).as(cluster.toString()).isTrue();
        assertThat(cluster.get("namespaces").valueStream().map(ns -> ns.get("name")
                        .stringValue()))
                .contains("shop", "payments");
    }
}
