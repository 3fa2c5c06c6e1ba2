package dev.triage.mcp.eks.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.net.InetAddress;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credentials that may not list a kind (RBAC) cost the checks that need it, not the diagnosis. */
class ForbiddenKindTest {

    private KubernetesMockServer server;
    private KubernetesClient client;

    @BeforeEach
    void startClusterWithAnIngressNamingAnAbsentTlsSecret() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        server = new KubernetesMockServer(
                new Context(), new MockWebServer(), responses, new KubernetesMixedDispatcher(responses), false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
        client.services()
                .inNamespace("shop")
                .resource(new ServiceBuilder()
                        .withNewMetadata()
                        .withName("web")
                        .endMetadata()
                        .withNewSpec()
                        .addNewPort()
                        .withPort(80)
                        .endPort()
                        .endSpec()
                        .build())
                .create();
        client.network()
                .v1()
                .ingresses()
                .inNamespace("shop")
                .resource(new IngressBuilder()
                        .withNewMetadata()
                        .withName("storefront")
                        .endMetadata()
                        .withNewSpec()
                        .addNewTl()
                        .withSecretName("storefront-tls")
                        .endTl()
                        .withNewDefaultBackend()
                        .withNewService()
                        .withName("web")
                        .endService()
                        .endDefaultBackend()
                        .endSpec()
                        .build())
                .create();
    }

    @AfterEach
    void stop() {
        client.close();
        server.destroy();
    }

    @Test
    void anUnlistableKindIsSkippedRatherThanTakenAsAbsent() {
        server.expect()
                .get()
                .withPath("/api/v1/namespaces/shop/secrets")
                .andReturn(
                        403,
                        new StatusBuilder()
                                .withCode(403)
                                .withReason("Forbidden")
                                .withMessage("secrets is forbidden: User \"triage\" cannot list resource \"secrets\"")
                                .build())
                .always();

        Diagnosis diagnosis = new Diagnoser(client, Clock.systemUTC()).diagnose("shop");

        assertThat(diagnosis.findings()).isEmpty();
        assertThat(diagnosis.apiCalls()).isEqualTo(17);
    }

    @Test
    void theSameIngressIsAConfigErrorWhenSecretsCanBeListed() {
        Diagnosis diagnosis = new Diagnoser(client, Clock.systemUTC()).diagnose("shop");

        assertThat(diagnosis.findings())
                .extracting(Finding::id)
                .containsExactly("config_error/Ingress/shop/storefront");
    }
}
