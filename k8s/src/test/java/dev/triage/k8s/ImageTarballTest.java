package dev.triage.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The images Jib builds, read from the OCI tarballs the build writes over an empty base (no base image can be pulled
 * on the build machines; users' builds put the same layers on eclipse-temurin:25-jre, see {@link JibConfigurationTest}).
 * What is checked is everything but the JRE: the app's layers, entrypoint, user, ports, and that the manifests run
 * exactly these images.
 */
class ImageTarballTest {

    private static final Map<Image, OciImage> READ = new ConcurrentHashMap<>();

    enum Image {
        ORCHESTRATOR("orchestrator", "triage-orchestrator", "dev.triage.orchestrator.TriageMain", 8080),
        MCP_EKS("mcp-eks", "triage-mcp-eks", "dev.triage.mcp.eks.EksMcpServerApplication", 8000),
        MCP_RUNBOOK("mcp-runbook", "triage-mcp-runbook", "dev.triage.mcp.runbook.RunbookMcpServerApplication", 8000),
        MCP_CLOUDWATCH(
                "mcp-cloudwatch",
                "triage-mcp-cloudwatch",
                "dev.triage.mcp.cloudwatch.CloudWatchMcpServerApplication",
                8000);

        final String name;
        final String deployment;
        final String mainClass;
        final int port;

        Image(String name, String deployment, String mainClass, int port) {
            this.name = name;
            this.deployment = deployment;
            this.mainClass = mainClass;
            this.port = port;
        }

        OciImage read() {
            return READ.computeIfAbsent(
                    this, image -> OciImage.read(Path.of(System.getProperty("triage.image.tar." + name))));
        }

        Container container() {
            return Rendered.of(Layout.K8S.resolve("base"))
                    .require(Deployment.class, deployment)
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .getFirst();
        }
    }

    @ParameterizedTest
    @EnumSource(Image.class)
    void theManifestsRunTheImageTheBuildNames(Image image) {
        String tag = System.getProperty("triage.image.tag");

        assertThat(image.read().reference()).isEqualTo("triage/" + image.name + ":" + tag);
        assertThat(image.container().getImage()).isEqualTo(image.read().reference());
    }

    @ParameterizedTest
    @EnumSource(Image.class)
    void theImageRunsAsTheNonRootUserTheManifestsName(Image image) {
        Long runAsUser = Rendered.of(Layout.K8S.resolve("base"))
                .require(Deployment.class, image.deployment)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getSecurityContext()
                .getRunAsUser();

        assertThat(image.read().user()).isEqualTo(runAsUser + ":" + runAsUser).doesNotStartWith("0:");
    }

    @ParameterizedTest
    @EnumSource(Image.class)
    void theImageExposesThePortTheContainerServesAndItsProbesUse(Image image) {
        assertThat(image.container().getPorts())
                .extracting(p -> p.getContainerPort())
                .containsExactly(image.port);
        assertThat(image.read().exposedPorts()).containsExactly(image.port + "/tcp");
    }

    @ParameterizedTest
    @EnumSource(Image.class)
    void theEntrypointStartsTheApplicationsMainClassWithTheImagesMemoryFlags(Image image) {
        List<String> entrypoint = image.read().entrypoint();

        assertThat(entrypoint.getFirst()).isEqualTo("java");
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");
        assertThat(entrypoint.getLast()).isEqualTo(image.mainClass);
        assertThat(image.read().files()).containsKey("/app/classes/" + image.mainClass.replace('.', '/') + ".class");
        assertThat(image.read().platform()).isEqualTo("linux/amd64");
    }

    @ParameterizedTest
    @EnumSource(Image.class)
    void everyClassPathEntryIsInTheImage(Image image) {
        OciImage read = image.read();
        List<String> classPath =
                Arrays.asList(read.text("/app/jib-classpath-file").strip().split(":"));

        assertThat(classPath).contains("/app/classes", "/app/resources").hasSizeGreaterThan(20);
        assertThat(classPath).filteredOn(entry -> entry.endsWith(".jar")).allSatisfy(jar -> assertThat(read.files())
                .containsKey(jar));
    }

    @org.junit.jupiter.api.Test
    void theRunbookCatalogAndPoliciesShipInsideTheRunbookServersImage() {
        assertThat(Image.MCP_RUNBOOK.read().files())
                .containsKeys(
                        "/app/resources/runbooks/catalog/restart-deployment.yaml",
                        "/app/resources/runbooks/policies.yaml");
    }
}
