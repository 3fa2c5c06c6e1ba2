package dev.triage.mcp.eks;

import static dev.triage.mcp.hosting.testing.McpHttp.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.testing.McpHttp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Calls every tool every way that could touch a credential, and looks for the fixture's fake values. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecretValuesNeverReturnedTest {

    @DynamicPropertySource
    static void snapshot(DynamicPropertyRegistry registry) {
        FixtureCluster.serve(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void noToolOutputHoldsAFakeSecret() {
        List<String> calls = new ArrayList<>(List.of(
                call("get_cluster_info", "{}"),
                call("list_namespaces", "{}"),
                call("get_events", "{}"),
                call("find_unhealthy", "{}"),
                call("get_pod_logs", "{\"pod_name\":\"cart-7d9f-aaaaa\",\"namespace\":\"shop\",\"previous\":true}"),
                call("get_resource", "{\"kind\":\"Secret\",\"name\":\"cart-db\",\"namespace\":\"shop\"}"),
                call("get_resource", "{\"kind\":\"Deployment\",\"name\":\"cart\",\"namespace\":\"shop\"}"),
                call("get_resource", "{\"kind\":\"ReplicaSet\",\"name\":\"cart-7d9f\",\"namespace\":\"shop\"}"),
                call("get_resource", "{\"kind\":\"Pod\",\"name\":\"cart-7d9f-aaaaa\",\"namespace\":\"shop\"}"),
                call(
                        "get_resource",
                        "{\"kind\":\"Secret\",\"name\":\"cart-db\",\"namespace\":\"shop\",\"api_version\":\"v1\"}")));
        for (String kind : List.of("Secret", "Deployment", "ReplicaSet", "Pod", "ConfigMap", "Event", "Service")) {
            calls.add(call("list_resources", "{\"kind\":\"" + kind + "\"}"));
        }

        List<String> bodies =
                calls.stream().map(body -> McpHttp.at(port).post(body).body()).toList();

        assertThat(bodies).allSatisfy(body -> assertThat(body).contains("\"result\""));
        assertThat(String.join("\n", bodies)).doesNotContain(FixtureCluster.FAKE_SECRETS);
    }
}
