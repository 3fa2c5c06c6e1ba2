package dev.triage.mcp.eks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.testing.RecordingCluster;
import dev.triage.mcp.hosting.testing.McpHttp;
import dev.triage.mcp.hosting.testing.ToolArgumentProbe;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * Every string argument of every tool this server lists, given each hostile value (the probe's Secret-reaching
 * paths and their class): refused as an error result naming the argument, before any request reaches the API server.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.allow-bean-definition-overriding=true")
class HostileArgumentsTest {

    @TestConfiguration
    static class Recording {
        @Bean
        RecordingCluster recordingCluster() {
            return new RecordingCluster();
        }

        @Bean(destroyMethod = "close")
        ClusterConnection clusterConnection(RecordingCluster cluster) {
            return cluster.open(FixtureCluster.dir());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RecordingCluster cluster;

    @Test
    void everyToolRefusesEveryHostileNameBeforeCallingTheApi() {
        var samples = Map.<String, Object>of(
                "kind", "Pod", "name", "cart-7d9f-aaaaa", "namespace", "shop", "pod_name", "cart-7d9f-aaaaa");

        int probes = new ToolArgumentProbe(McpHttp.at(port), samples, cluster::drain).probeEveryTool();

        assertThat(probes).isGreaterThan(200);
    }

    @Test
    void theProbesExampleIsRefusedNamingTheArgumentAndTheRule() {
        var response = McpHttp.at(port).post(McpHttp.call("get_resource", """
                {"kind":"Pod","name":"x","namespace":"payments/secrets/ledger-db#"}"""));

        assertThat(McpHttp.isError(response)).isTrue();
        assertThat(McpHttp.text(response))
                .contains("failed: argument 'namespace' must be a DNS-1123 label")
                .contains("got \"payments/secrets/ledger-db#\"");
        assertThat(cluster.drain()).isEmpty();
    }
}
