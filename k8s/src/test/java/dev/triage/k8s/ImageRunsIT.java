package dev.triage.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.k8s.ImageTarballTest.Image;
import dev.triage.security.testing.LocalIssuer;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each image, started from its own layers the way the eks overlay's Deployment starts it (its entrypoint, args, env,
 * ConfigMap, the Secret's database, its memory limit as the JVM's RAM), answers the probes the Deployment declares,
 * and an MCP server answers on /mcp. The only differences: the JVM is this machine's JDK 25 (not the base image's
 * JRE), /app is under a temporary folder, the server binds a free loopback port instead of 0.0.0.0, and an MCP
 * server's token issuer is a local one (the manifests name a placeholder Cognito pool), so its /mcp is called with a
 * token, and refused without one.
 */
class ImageRunsIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static EmbeddedPostgres postgres;
    private static final LocalIssuer ISSUER = LocalIssuer.start();

    @TempDir
    static Path images;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
        ISSUER.close();
    }

    @ParameterizedTest
    @EnumSource(Image.class)
    void theImageStartedAsItsDeploymentStartsItAnswersItsProbes(Image image) throws Exception {
        Path root = images.resolve(image.name);
        OciImage.unpack(tarball(image), root);
        Deployment deployment = Layout.eks().require(Deployment.class, image.deployment);
        Container container =
                deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
        int port = freePort();

        try (Launched app = Launched.start(command(image, root, container, port), env(root, deployment), root)) {
            app.awaitOk(port, container.getReadinessProbe().getHttpGet().getPath(), Duration.ofSeconds(180));

            assertThat(app.get(port, container.getLivenessProbe().getHttpGet().getPath()))
                    .isEqualTo(200);
            if (image != Image.ORCHESTRATOR) {
                assertThat(initialize(port, null).statusCode()).isEqualTo(401);
                String token = ISSUER.sign(ISSUER.accessToken("tools/read").build());
                HttpResponse<String> served = initialize(port, token);
                assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
                assertThat(served.body()).contains("\"serverInfo\"").contains("\"protocolVersion\"");
            }
        }
    }

    private static List<String> command(Image image, Path root, Container container, int port) throws IOException {
        List<String> entrypoint = OciImage.read(tarball(image)).entrypoint();
        Path classPath = root.resolve("classpath-here");
        Files.writeString(
                classPath,
                Files.readString(root.resolve("app/jib-classpath-file")).replace("/app/", root + "/app/"));
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.add("-XX:MaxRAM="
                + container
                        .getResources()
                        .getLimits()
                        .get("memory")
                        .getNumericalAmount()
                        .longValue());
        for (String argument : entrypoint.subList(1, entrypoint.size())) {
            command.add(argument.equals("@/app/jib-classpath-file") ? "@" + classPath : argument);
        }
        for (String argument : container.getArgs()) {
            command.add(
                    argument.startsWith("--server.address=")
                            ? "--server.address=127.0.0.1"
                            : argument.startsWith("--server.port=") ? "--server.port=" + port : argument);
        }
        return command;
    }

    /** The container's env, the Secret's keys from the test database, ConfigMap mounts as files, the pod's own. */
    private static Map<String, String> env(Path root, Deployment deployment) throws IOException {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Map<String, Map<String, String>> secrets = Map.of(
                "triage-postgres",
                Map.of(
                        "jdbc-url",
                        postgres.getJdbcUrl("postgres", "postgres"),
                        "username",
                        "postgres",
                        "password",
                        "unused"),
                "triage-agents-client",
                Map.of("client-secret", "unused-until-an-investigation-calls-a-server"),
                "triage-alerts",
                Map.of(
                        "alertmanager-token",
                        "image-test-alertmanager-token",
                        "pagerduty-secret",
                        "image-test-pagerduty-secret",
                        "webhook-token",
                        "image-test-webhook-token"));
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", root.toString());
        // What every pod gets: the API server's address (here a closed loopback port), and no instance metadata.
        env.put("KUBERNETES_SERVICE_HOST", "127.0.0.1");
        env.put("KUBERNETES_SERVICE_PORT", "1");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        for (EnvVar var : pod.getContainers().getFirst().getEnv()) {
            if (var.getValueFrom() != null) {
                var ref = var.getValueFrom().getSecretKeyRef();
                assertThat(secrets).containsKey(ref.getName());
                env.put(var.getName(), secrets.get(ref.getName()).get(ref.getKey()));
            } else {
                env.put(var.getName(), mounted(root, pod, var.getValue()));
            }
        }
        // The issuer the pods would reach is a placeholder: tokens come from a local one.
        env.computeIfPresent("TRIAGE_MCP_AUTH_ISSUERURI", (name, placeholder) -> ISSUER.uri());
        env.computeIfPresent("TRIAGE_MCP_AUTH_CLIENTIDS", (name, placeholder) -> LocalIssuer.CLIENT_ID);
        return env;
    }

    /** A path into a ConfigMap volume becomes the same files under the image root. */
    private static String mounted(Path root, PodSpec pod, String value) throws IOException {
        for (var mount : pod.getContainers().getFirst().getVolumeMounts()) {
            var volume = pod.getVolumes().stream()
                    .filter(v -> v.getName().equals(mount.getName()))
                    .findFirst()
                    .orElseThrow();
            if (volume.getConfigMap() != null && value.startsWith(mount.getMountPath())) {
                Path dir = root.resolve(mount.getMountPath().substring(1));
                Files.createDirectories(dir);
                ConfigMap map = Layout.eks()
                        .require(ConfigMap.class, volume.getConfigMap().getName());
                for (var entry : map.getData().entrySet()) {
                    Files.writeString(dir.resolve(entry.getKey()), entry.getValue());
                }
                return dir + value.substring(mount.getMountPath().length());
            }
        }
        return value;
    }

    private static HttpResponse<String> initialize(int port, String token) throws Exception {
        String body = """
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
                "capabilities":{},"clientInfo":{"name":"image-check","version":"1"}}}""";
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                // AgentCore Runtime sends a session id the server never issued: tolerated.
                .header("Mcp-Session-Id", "agentcore-session-never-issued-here")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path tarball(Image image) {
        return Path.of(System.getProperty("triage.image.tar." + image.name));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
