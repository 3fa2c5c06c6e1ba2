package dev.triage.agents.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import dev.triage.agents.AgentsSettings;
import dev.triage.agents.InvestigationListener;
import dev.triage.agents.InvestigationObservers;
import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.Investigator;
import dev.triage.agents.routing.RequestSource;
import dev.triage.agents.testing.AgentCoreStandIn;
import dev.triage.agents.testing.DemoServers;
import dev.triage.agents.testing.SigV4Check;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.ToolCall;
import dev.triage.security.testing.LocalIssuer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The agents reach the real EKS MCP server as AgentCore hosts it, through wire stand-ins on loopback: an AgentCore
 * Gateway that lists tools as {@code TARGET___tool} and checks a bearer token from the client-credentials grant, and
 * an AgentCore Runtime with IAM inbound auth that verifies each request's SigV4 signature with the SDK's signer.
 */
class AgentCoreEndpointsTest {

    private static final String CLUSTER = "demo-eks";
    private static final String TARGET = "eks-target";
    private static final String RUNTIME_ARN =
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/triage_eks-Ab12Cd34";
    private static final AwsBasicCredentials AWS = AwsBasicCredentials.create("AKIDEXAMPLE", "runtime-secret-key");

    private static DemoServers servers;
    private static LocalIssuer issuer;

    @BeforeAll
    static void start() {
        servers = DemoServers.start();
        issuer = LocalIssuer.start();
    }

    @AfterAll
    static void stop() {
        issuer.close();
        servers.close();
    }

    @Test
    void anAgentReachesTheEksServerThroughTheGatewayWithPrefixedToolsAndABearerToken() {
        try (var gateway = AgentCoreStandIn.gateway(eks(), TARGET, issuedByTheIssuer())) {
            InvestigationReport report =
                    investigate(new McpEndpoint(gateway.url("/mcp"), grant(LocalIssuer.CLIENT_SECRET), TARGET));

            assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
            assertThat(report.findings()).extracting(Finding::id).contains("oom_killed/Deployment/shop/cart");
            assertThat(report.toolCalls()).isNotEmpty().allSatisfy(call -> {
                assertThat(call.server()).isEqualTo("eks");
                assertThat(call.tool()).doesNotContain("___");
            });
            assertThat(gateway.calledUpstream())
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(name).startsWith(TARGET + "___"))
                    .doesNotContain(AgentCoreStandIn.SEARCH_TOOL);
            assertThat(gateway.refusals()).isEmpty();
        }
    }

    @Test
    void behindTheGatewayAnAgentSeesOnlyItsTargetsToolsUnderTheirOwnNames() {
        try (var gateway = AgentCoreStandIn.gateway(eks(), TARGET, issuedByTheIssuer());
                var direct = McpServers.over(Map.of("eks", eks()), Duration.ofSeconds(30));
                var behind = McpServers.at(
                        Map.of("eks", new McpEndpoint(gateway.url("/mcp"), grant(LocalIssuer.CLIENT_SECRET), TARGET)),
                        Duration.ofSeconds(30),
                        Map::of)) {
            List<String> names = names(behind.client("eks").listTools());

            assertThat(names)
                    .containsExactlyInAnyOrderElementsOf(
                            names(direct.client("eks").listTools()));
            assertThat(names).doesNotContain(AgentCoreStandIn.SEARCH_TOOL, AgentCoreStandIn.OTHER_TARGETS_TOOL);
        }
    }

    @Test
    void aModelBehindTheGatewayIsOfferedItsAllowedToolsByTheirOwnNamesAndItsCallsReachTheTarget() {
        try (var gateway = AgentCoreStandIn.gateway(eks(), TARGET, issuedByTheIssuer());
                var behind = McpServers.at(
                        Map.of("eks", new McpEndpoint(gateway.url("/mcp"), grant(LocalIssuer.CLIENT_SECRET), TARGET)),
                        Duration.ofSeconds(30),
                        Map::of)) {
            ServerTools tools = behind.tools(new ToolAccess("eks", Set.of("list_namespaces")), Trail.silent())
                    .orElseThrow();
            ToolProviderResult offered =
                    tools.forModel().provideTools(new ToolProviderRequest("memory", UserMessage.from("which?")));

            assertThat(offered.tools().keySet())
                    .extracting(ToolSpecification::name)
                    .containsExactly("list_namespaces");
            String result = offered.toolExecutorByName("list_namespaces")
                    .execute(
                            ToolExecutionRequest.builder()
                                    .id("1")
                                    .name("list_namespaces")
                                    .arguments("{}")
                                    .build(),
                            "memory");
            assertThat(result).contains("payments");
            assertThat(gateway.calledUpstream()).containsExactly(TARGET + "___list_namespaces");
        }
    }

    @Test
    void theGatewayRefusesATokenFromAWrongSecretAndTheReportNeverQuotesTheSecret() {
        try (var gateway = AgentCoreStandIn.gateway(eks(), TARGET, issuedByTheIssuer())) {
            var forged = new McpEndpoint(
                    gateway.url("/mcp"), McpAuth.of(McpCredentials.bearer("forged.token.value")), TARGET);
            InvestigationReport withForgedToken = investigate(forged);
            InvestigationReport withWrongSecret =
                    investigate(new McpEndpoint(gateway.url("/mcp"), grant("wrong-client-secret"), TARGET));

            assertThat(gateway.refusals()).isNotEmpty().containsOnly(401);
            assertThat(withForgedToken.findings()).isEmpty();
            assertThat(withWrongSecret.findings()).isEmpty();
            assertThat(String.join("\n", withWrongSecret.notes()))
                    .contains("invalid_client")
                    .doesNotContain("wrong-client-secret");
            assertThat(gateway.calledUpstream()).isEmpty();
        }
    }

    @Test
    void aRuntimeWithIamAuthLetsInRequestsSignedWithSigV4AndTheAgentFindsTheRealFindings() {
        try (var runtime = AgentCoreStandIn.runtime(eks(), new SigV4Check(AWS, "us-east-1", SigV4Auth.AGENTCORE))) {
            var signed = new SigV4Auth(
                    StaticCredentialsProvider.create(AWS), "us-east-1", SigV4Auth.AGENTCORE, Clock.systemUTC());
            InvestigationReport report = investigate(new McpEndpoint(runtime.url(invocations()), signed, null));

            assertThat(runtime.refusals()).isEmpty();
            assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
            assertThat(report.findings()).extracting(Finding::id).contains("oom_killed/Deployment/shop/cart");
        }
    }

    @Test
    void aRuntimeRefusesASignatureMadeWithAnotherSecretKey() {
        try (var runtime = AgentCoreStandIn.runtime(eks(), new SigV4Check(AWS, "us-east-1", SigV4Auth.AGENTCORE))) {
            var wrong = new SigV4Auth(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "another-secret-key")),
                    "us-east-1",
                    SigV4Auth.AGENTCORE,
                    Clock.systemUTC());
            InvestigationReport report = investigate(new McpEndpoint(runtime.url(invocations()), wrong, null));

            assertThat(runtime.refusals()).isNotEmpty().containsOnly(403);
            assertThat(report.findings()).isEmpty();
            assertThat(report.toolCalls()).extracting(ToolCall::outcome).allSatisfy(outcome -> assertThat(outcome)
                    .startsWith("failed"));
        }
    }

    @Test
    void theRuntimeInvokeUrlCarriesTheEncodedArnAndTheQualifier() {
        assertThat(McpEndpoint.agentCoreRuntime(RUNTIME_ARN, null))
                .hasToString("https://bedrock-agentcore.us-east-1.amazonaws.com/runtimes/"
                        + "arn%3Aaws%3Abedrock-agentcore%3Aus-east-1%3A123456789012%3Aruntime%2Ftriage_eks-Ab12Cd34"
                        + "/invocations?qualifier=DEFAULT");
        assertThat(McpEndpoint.agentCoreRuntime(RUNTIME_ARN, "canary").getQuery())
                .isEqualTo("qualifier=canary");
        assertThat(McpEndpoint.runtimeRegion(RUNTIME_ARN)).isEqualTo("us-east-1");
        assertThatThrownBy(() -> McpEndpoint.agentCoreRuntime("arn:aws:lambda:us-east-1:123456789012:function:x", null))
                .hasMessageContaining("not an AgentCore Runtime ARN");
    }

    @Test
    void aRequestForAClusterTheInvestigatorWasNotGivenIsRefusedByName() {
        try (var investigator = Investigator.forClusters(
                AgentsSettings.rulesOnly(Map.of()),
                InvestigationObservers.NONE,
                Map.of(CLUSTER, Map.of("eks", McpEndpoint.plain(eks()))))) {
            assertThatThrownBy(() -> investigator.investigate(ask("prod-eu"), InvestigationListener.ignoring()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("prod-eu")
                    .hasMessageContaining(CLUSTER);
        }
    }

    private static InvestigationReport investigate(McpEndpoint eks) {
        try (var investigator = Investigator.forClusters(
                AgentsSettings.rulesOnly(Map.of()), InvestigationObservers.NONE, Map.of(CLUSTER, Map.of("eks", eks)))) {
            return investigator.investigate(ask(CLUSTER), InvestigationListener.ignoring());
        }
    }

    private static InvestigationRequest ask(String cluster) {
        return new InvestigationRequest(
                "agentcore-1", "why is cart crashing?", cluster, "shop", RequestSource.CLI, null, null);
    }

    private static McpAuth grant(String secret) {
        return McpAuth.of(McpCredentials.clientCredentials(
                URI.create(issuer.tokenUri()),
                LocalIssuer.CLIENT_ID,
                secret,
                List.of("tools/read"),
                Duration.ofSeconds(10),
                "triage.agents.auth"));
    }

    /** The gateway's inbound JWT check: a token signed by the issuer's key. */
    private static Predicate<String> issuedByTheIssuer() {
        return token -> {
            try {
                var key = JWKSet.load(URI.create(issuer.uri() + "/jwks").toURL())
                        .getKeys()
                        .getFirst()
                        .toRSAKey();
                return SignedJWT.parse(token).verify(new RSASSAVerifier(key));
            } catch (Exception e) {
                return false;
            }
        };
    }

    private static URI eks() {
        return servers.urls().get("eks");
    }

    private static String invocations() {
        return "/runtimes/" + URLEncoder.encode(RUNTIME_ARN, StandardCharsets.UTF_8) + "/invocations?qualifier=DEFAULT";
    }

    private static List<String> names(List<ToolSpecification> tools) {
        return tools.stream().map(ToolSpecification::name).toList();
    }
}
