package dev.triage.mcp.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.testing.RecordingCluster;
import dev.triage.kubernetes.testing.TestSnapshots;
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
 * Every string argument of every tool this server lists (the approval-gated ones included), given each hostile value:
 * a target's namespace, kind or name is refused as an error result naming it before the cluster is asked anything.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"triage.mcp.mutating-tools=approval-gated", "spring.main.allow-bean-definition-overriding=true"})
class HostileArgumentsTest {

    @TestConfiguration
    static class Recording {
        @Bean
        RecordingCluster recordingCluster() {
            return new RecordingCluster();
        }

        @Bean(destroyMethod = "close")
        ClusterConnection clusterConnection(RecordingCluster cluster) {
            return cluster.open(TestSnapshots.dir("remediation"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RecordingCluster cluster;

    @Test
    void everyToolRefusesEveryHostileTargetBeforeCallingTheApi() {
        var samples = Map.<String, Object>of(
                "runbook", "restart-deployment",
                "kind", "Deployment",
                "name", "cart",
                "id", "restart-deployment",
                "proposal_id", "rp-0",
                "execution_id", "ex-0",
                "title", "cart restarts",
                "severity", "LOW",
                "summary", "cart was restarted");

        int probes = new ToolArgumentProbe(McpHttp.at(port), samples, cluster::drain).probeEveryTool();

        assertThat(probes).isGreaterThan(100);
    }

    @Test
    void aContainerParameterIsHeldToTheApisRuleForContainerNames() {
        var response = McpHttp.at(port).post(McpHttp.call("propose_remediation", """
                {"runbook":"raise-memory-limit","namespace":"shop","kind":"Deployment","name":"cart",
                 "params":{"container":"Cart_App","memory_limit":"512Mi"}}"""));

        assertThat(McpHttp.text(response))
                .contains("INVALID_PARAMETER")
                .contains("parameter 'container' of runbook raise-memory-limit must be a DNS-1123 label");
    }
}
