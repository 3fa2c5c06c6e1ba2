package dev.triage.mcp.eks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.kubernetes.snapshot.SnapshotLoader;
import dev.triage.mcp.hosting.testing.McpHttp;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bundled demo cluster: the client check's calls succeed, and none of its Secrets' values ever comes out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoSnapshotOverMcpTest {

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        registry.add("triage.snapshot", () -> BundledSnapshots.demo().toString());
    }

    @LocalServerPort
    int port;

    @Test
    void everyCallOfTheClientCheckSucceeds() {
        for (JsonNode call : callsFile().get("calls")) {
            var response = McpHttp.at(port)
                    .post(McpHttp.call(
                            call.get("tool").asString(), call.get("arguments").toString()));

            assertThat(McpHttp.isError(response)).as(response.body()).isFalse();
        }
    }

    @Test
    void noSecretValueOfTheDemoClusterIsEverReturned() {
        List<Secret> secrets = demoSecrets();
        List<String> outputs = new ArrayList<>();
        for (String kind : List.of("Secret", "Pod", "Deployment", "StatefulSet", "ConfigMap", "Event", "Job")) {
            outputs.add(post("list_resources", "{\"kind\":\"" + kind + "\",\"limit\":500}"));
        }
        for (Secret secret : secrets) {
            outputs.add(post(
                    "get_resource",
                    "{\"kind\":\"Secret\",\"name\":\"%s\",\"namespace\":\"%s\"}"
                            .formatted(
                                    secret.getMetadata().getName(),
                                    secret.getMetadata().getNamespace())));
        }
        outputs.add(post("find_unhealthy", "{\"limit\":200}"));
        outputs.add(post("get_events", "{\"limit\":500}"));

        assertThat(secrets).isNotEmpty();
        assertThat(String.join("\n", outputs)).doesNotContain(secretValues(secrets));
    }

    private String post(String tool, String arguments) {
        return McpHttp.at(port).post(McpHttp.call(tool, arguments)).body();
    }

    private static List<Secret> demoSecrets() {
        return SnapshotLoader.load(BundledSnapshots.demo()).objects().stream()
                .filter(Secret.class::isInstance)
                .map(Secret.class::cast)
                .toList();
    }

    /** Each value as stored (base64) and decoded; short values ("5432", "admin") are too common to look for. */
    private static String[] secretValues(List<Secret> secrets) {
        return secrets.stream()
                .flatMap(secret -> Stream.concat(
                        values(secret.getData()).flatMap(DemoSnapshotOverMcpTest::withDecoded),
                        values(secret.getStringData())))
                .filter(value -> value.length() >= 8)
                .distinct()
                .toArray(String[]::new);
    }

    private static Stream<String> values(Map<String, String> data) {
        return data == null ? Stream.empty() : data.values().stream();
    }

    private static Stream<String> withDecoded(String base64) {
        return Stream.of(base64, new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8).strip());
    }

    private static JsonNode callsFile() {
        try (var in = DemoSnapshotOverMcpTest.class.getResourceAsStream("/mcp-client-check/calls.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
