package dev.triage.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MCP servers listen on 0.0.0.0 (the AgentCore contract), which they allow only with inbound authentication:
 * each checks tokens from an issuer for allowed clients, and the orchestrator's agents get a token as one of them.
 */
class InboundAuthTest {

    private static final List<String> MCP_SERVERS =
            List.of("triage-mcp-eks", "triage-mcp-runbook", "triage-mcp-cloudwatch");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static List<Rendered> kustomizations() {
        return Layout.everyKustomization();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyMcpServerOnAPublicAddressChecksTokensItself(Rendered rendered) {
        for (String server : MCP_SERVERS) {
            Container container = container(rendered, server);
            assertThat(container.getArgs()).as(server).contains("--server.address=0.0.0.0");
            assertThat(env(container, "TRIAGE_MCP_AUTH_ISSUERURI"))
                    .as(server + " TRIAGE_MCP_AUTH_ISSUERURI")
                    .hasValueSatisfying(issuer -> assertThat(issuer).startsWith("https://"));
            assertThat(env(container, "TRIAGE_MCP_AUTH_CLIENTIDS"))
                    .as(server + " TRIAGE_MCP_AUTH_CLIENTIDS")
                    .hasValueSatisfying(ids -> assertThat(ids).isNotBlank());
            assertThat(env(container, "TRIAGE_MCP_AUTHENTICATEDBYRUNTIME"))
                    .as("%s: only AgentCore Runtime validates tokens in front of a server", server)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void theAgentsGetATokenTheServersAccept(Rendered rendered) throws Exception {
        JsonNode auth = orchestratorSettings(rendered).at("/triage/agents/auth");
        assertThat(auth.path("token-uri").asText()).startsWith("https://").endsWith("/oauth2/token");
        assertThat(auth.path("scopes").toString()).contains("tools/read").contains("tools/execute");
        String clientId = auth.path("client-id").asText();
        for (String server : MCP_SERVERS) {
            assertThat(List.of(env(container(rendered, server), "TRIAGE_MCP_AUTH_CLIENTIDS")
                            .orElseThrow()
                            .split(",")))
                    .as("%s allows the agents' client %s", server, clientId)
                    .contains(clientId);
        }
        EnvVar secret = container(rendered, "triage-orchestrator").getEnv().stream()
                .filter(var -> var.getName().equals("TRIAGE_AGENTS_AUTH_CLIENTSECRET"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the orchestrator has no TRIAGE_AGENTS_AUTH_CLIENTSECRET"));
        assertThat(secret.getValue()).isNull();
        assertThat(secret.getValueFrom().getSecretKeyRef().getName()).isEqualTo("triage-agents-client");
        assertThat(secret.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("client-secret");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void theOrchestratorOnAPublicAddressHasEveryAlertWebhookCredentialFromASecret(Rendered rendered) {
        Container orchestrator = container(rendered, "triage-orchestrator");
        assertThat(orchestrator.getArgs()).contains("--server.address=0.0.0.0");
        for (String name : List.of(
                "TRIAGE_ALERTS_ALERTMANAGER_TOKEN", "TRIAGE_ALERTS_PAGERDUTY_SECRET", "TRIAGE_ALERTS_WEBHOOK_TOKEN")) {
            EnvVar credential = orchestrator.getEnv().stream()
                    .filter(var -> var.getName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the orchestrator refuses 0.0.0.0 without " + name));
            assertThat(credential.getValue()).as(name).isNull();
            assertThat(credential.getValueFrom().getSecretKeyRef().getName())
                    .as(name)
                    .isEqualTo("triage-alerts");
        }
    }

    private static JsonNode orchestratorSettings(Rendered rendered) throws Exception {
        ConfigMap config = rendered.require(ConfigMap.class, "triage-orchestrator");
        return YAML.readTree(config.getData().get("application.yaml"));
    }

    private static Container container(Rendered rendered, String deployment) {
        return rendered.require(Deployment.class, deployment)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .getFirst();
    }

    private static Optional<String> env(Container container, String name) {
        return container.getEnv().stream()
                .filter(var -> var.getName().equals(name))
                .map(EnvVar::getValue)
                .findFirst();
    }
}
