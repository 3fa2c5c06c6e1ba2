package dev.triage.orchestrator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.agents.tools.McpEndpoint;
import dev.triage.agents.tools.SigV4Auth;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.mock.env.MockEnvironment;

/** {@code triage.clusters.NAME.*}: several clusters, each server reached by URL, AgentCore Runtime or Gateway. */
class ClustersConfigurationTest {

    private static final String ARN = "arn:aws:bedrock-agentcore:eu-west-1:123456789012:runtime/triage_eks-Xy12";

    @Test
    void eachClusterGetsItsOwnServersReachedAsConfigured() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("triage.clusters.shop-prod.eks.url", "http://eks.shop-prod:8000/mcp")
                .withProperty("triage.clusters.shop-prod.runbook.url", "http://runbook.shop-prod:8000/mcp")
                .withProperty("triage.clusters.data-eu.eks.runtime-arn", ARN)
                .withProperty("triage.clusters.data-eu.eks.sigv4.region", "")
                .withProperty(
                        "triage.clusters.data-eu.cloudwatch.url",
                        "https://gw-1.gateway.bedrock-agentcore.eu-west-1.amazonaws.com/mcp")
                .withProperty("triage.clusters.data-eu.cloudwatch.gateway-target", "cloudwatch")
                .withProperty(
                        "triage.clusters.data-eu.cloudwatch.oauth.token-uri",
                        "https://triage.auth.eu-west-1.amazoncognito.com/oauth2/token")
                .withProperty("triage.clusters.data-eu.cloudwatch.oauth.client-id", "agents")
                .withProperty("triage.clusters.data-eu.cloudwatch.oauth.client-secret", "s3cret-value");

        AgentServers servers = from(environment, agents(Map.of(), "shop-prod"));

        assertThat(servers.cluster()).isEqualTo("shop-prod");
        assertThat(servers.clusterNames()).containsExactly("data-eu", "shop-prod");
        assertThat(servers.servers()).containsOnlyKeys("eks", "runbook");
        McpEndpoint runtime = servers.clusters().get("data-eu").get("eks");
        assertThat(runtime.url()).isEqualTo(McpEndpoint.agentCoreRuntime(ARN, null));
        assertThat(runtime.auth()).isInstanceOf(SigV4Auth.class).hasToString("SigV4Auth[bedrock-agentcore, eu-west-1]");
        McpEndpoint gateway = servers.clusters().get("data-eu").get("cloudwatch");
        assertThat(gateway.gatewayTarget()).isEqualTo("cloudwatch");
        assertThat(servers.clusters().get("data-eu")).doesNotContainKey("runbook");
    }

    @Test
    void oneClusterIsTheDefaultWithoutNamingIt() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("triage.clusters.only.eks.url", "http://eks:8000/mcp");

        assertThat(from(environment, agents(Map.of(), null)).cluster()).isEqualTo("only");
    }

    @Test
    void severalClustersNeedTheDefaultNamed() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("triage.clusters.a.eks.url", "http://eks.a:8000/mcp")
                .withProperty("triage.clusters.b.eks.url", "http://eks.b:8000/mcp");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> from(environment, agents(Map.of(), null)))
                .withMessageContaining("triage.agents.cluster")
                .withMessageContaining("[a, b]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> from(environment, agents(Map.of(), "c")))
                .withMessageContaining("was 'c'");
    }

    @Test
    void clustersAndTheSingleClusterServersAreNotMixed() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("triage.clusters.a.eks.url", "http://eks.a:8000/mcp");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> from(environment, agents(Map.of("eks", URI.create("http://eks:8000/mcp")), "a")))
                .withMessageContaining("not both");
    }

    @Test
    void aMisspeltKeyStopsStartUp() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("triage.clusters.a.eks.uri", "http://eks.a:8000/mcp");

        assertThatThrownBy(() -> ClustersBinding.bind(environment))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("triage.clusters");
    }

    @Test
    void everyWayAnEntryCanBeWrongIsNamed() {
        assertRefused(Map.of("a.cloudwatch.url", "http://cw:8000/mcp"), "triage.clusters.a.eks is required");
        assertRefused(
                Map.of("a.eks.url", "http://eks:8000/mcp", "a.eks.runtime-arn", ARN),
                "triage.clusters.a.eks needs url or runtime-arn");
        assertRefused(Map.of("a.eks.url", "ftp://eks/mcp"), "must be an http(s) URL");
        assertRefused(
                Map.of("a.eks.runtime-arn", "arn:aws:lambda:eu-west-1:1:function:x"), "not an AgentCore Runtime ARN");
        assertRefused(
                Map.of("a.eks.url", "https://gw/mcp", "a.eks.sigv4.service", "bedrock-agentcore"),
                "sigv4.region is required");
        assertRefused(
                Map.of(
                        "a.eks.runtime-arn", ARN,
                        "a.eks.sigv4.region", "eu-west-1",
                        "a.eks.oauth.token", "t"),
                "oauth or sigv4, not both");
        assertRefused(
                Map.of("a.eks.url", "http://eks:8000/mcp", "a.eks.oauth.client-id", "agents"),
                "triage.clusters.a.eks.oauth needs token-uri, client-id and client-secret together");
        assertRefused(
                Map.of("a.eks.url", "http://eks:8000/mcp", "a.eks.oauth.token-uri", "ftp://idp/token"),
                "triage.clusters.a.eks.oauth");
        assertRefused(Map.of("x".repeat(101) + ".eks.url", "http://eks:8000/mcp"), "a cluster name is");
        assertRefused(Map.of("a.eks.url", "http://gw/mcp", "a.eks.gateway-target", "x___y"), "cannot contain '___'");
    }

    @Test
    void theClientSecretIsNeverInTheSettingsText() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("triage.clusters.a.eks.url", "https://gw/mcp")
                .withProperty("triage.clusters.a.eks.oauth.token-uri", "https://idp/oauth2/token")
                .withProperty("triage.clusters.a.eks.oauth.client-id", "agents")
                .withProperty("triage.clusters.a.eks.oauth.client-secret", "s3cret-value");

        assertThat(ClustersBinding.bind(environment).toString())
                .contains("agents")
                .doesNotContain("s3cret-value");
    }

    private static void assertRefused(Map<String, String> entries, String message) {
        MockEnvironment environment = new MockEnvironment();
        entries.forEach((key, value) -> environment.setProperty("triage.clusters." + key, value));
        assertThatThrownBy(() -> from(environment, agents(Map.of(), null))).hasStackTraceContaining(message);
    }

    private static AgentServers from(MockEnvironment environment, AgentsProperties agents) {
        return AgentServers.from(
                agents, ClustersBinding.bind(environment), new SnapshotProperties((Path) null), null, Map.of());
    }

    private static AgentsProperties agents(Map<String, URI> servers, String cluster) {
        return new AgentsProperties(servers, Map.of(), cluster, Duration.ofSeconds(30), null);
    }
}
