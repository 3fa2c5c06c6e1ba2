package dev.triage.orchestrator.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.triage.agents.tools.McpCredentials;
import dev.triage.agents.tools.McpEndpoint;
import dev.triage.orchestrator.config.AgentServers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * With several clusters a proposal is executed by the runbook server of the cluster its investigation looked at, and
 * by no other: the same Deployment name in another cluster is another Deployment.
 */
class ExecutionsByClusterTest {

    private final CountingServer shop = new CountingServer();
    private final CountingServer data = new CountingServer();

    @AfterEach
    void stop() {
        shop.server.stop(0);
        data.server.stop(0);
    }

    @Test
    void aProposalIsExecutedOnlyByItsOwnClustersRunbookServer() {
        Executions executions = executions(Map.of(PROPOSAL, "data-eu"));

        Outcome<?> outcome = executions.execute(PROPOSAL, APPROVAL, Person.LOCAL_OPERATOR);

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(data.hits.get()).isPositive();
        assertThat(shop.hits.get()).isZero();
    }

    @Test
    void aProposalOfAClusterWithoutARunbookServerRunsNowhere() {
        Executions executions = executions(Map.of(PROPOSAL, "lab"));

        Outcome<?> outcome = executions.execute(PROPOSAL, APPROVAL, Person.LOCAL_OPERATOR);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.reason())
                .contains("no runbook server is configured for cluster 'lab'", "nothing was run"));
        assertThat(shop.hits.get() + data.hits.get()).isZero();
    }

    @Test
    void aProposalOfNoKnownInvestigationGoesToTheDefaultClustersServer() {
        Executions executions = executions(Map.of());

        executions.execute(PROPOSAL, APPROVAL, Person.LOCAL_OPERATOR);

        assertThat(shop.hits.get()).isPositive();
        assertThat(data.hits.get()).isZero();
    }

    private static final String PROPOSAL = "rp-" + UUID.randomUUID().toString().replace("-", "");
    private static final String APPROVAL = UUID.randomUUID().toString();

    private Executions executions(Map<String, String> clusterOfProposal) {
        AgentServers servers = new AgentServers(
                "shop-prod",
                Map.of("runbook", shop.url()),
                Optional.empty(),
                McpCredentials.none(),
                Map.of(
                        "shop-prod", Map.of("runbook", McpEndpoint.plain(shop.url())),
                        "data-eu", Map.of("runbook", McpEndpoint.plain(data.url())),
                        "lab", Map.of()));
        var beans = new StaticListableBeanFactory(Map.of("agentServers", servers));
        var tools = new RunbookTools(
                beans.getBeanProvider(AgentServers.class), JsonMapper.builder().build());
        return new Executions(
                tools,
                null,
                JsonMapper.builder().build(),
                proposal -> Optional.ofNullable(clusterOfProposal.get(proposal)));
    }

    /** A runbook server's address that answers every request 503, counting them. */
    private static final class CountingServer {
        final AtomicInteger hits = new AtomicInteger();
        final HttpServer server;

        CountingServer() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                hits.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            });
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
        }
    }
}
