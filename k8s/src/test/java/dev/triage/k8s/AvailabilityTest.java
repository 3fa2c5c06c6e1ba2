package dev.triage.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The orchestrator stays up through drains and load; every container is probed on its real health endpoints. */
class AvailabilityTest {

    /** Readiness and liveness paths by image: Spring Boot's probe groups, vLLM's model list and health. */
    private static final Map<String, List<String>> PROBE_PATHS = Map.of(
            "triage/", List.of("/actuator/health/readiness", "/actuator/health/liveness"),
            "vllm/vllm-openai", List.of("/v1/models", "/health"));

    static List<Rendered> kustomizations() {
        return Layout.everyKustomization();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void theOrchestratorScalesFromTwoReplicasAndADrainKeepsOneServing(Rendered rendered) {
        Deployment orchestrator = rendered.require(Deployment.class, "triage-orchestrator");
        HorizontalPodAutoscaler hpa = rendered.require(HorizontalPodAutoscaler.class, "triage-orchestrator");
        PodDisruptionBudget pdb = rendered.require(PodDisruptionBudget.class, "triage-orchestrator");

        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("triage-orchestrator");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
        assertThat(orchestrator.getSpec().getReplicas())
                .as("the HPA owns the replica count; a fixed one would be reset on every apply")
                .isNull();
        assertThat(pdb.getSpec().getMinAvailable().getIntVal())
                .isBetween(1, hpa.getSpec().getMinReplicas() - 1);
        assertThat(Selectors.matches(
                        pdb.getSpec().getSelector(),
                        orchestrator.getSpec().getTemplate().getMetadata().getLabels()))
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyMcpServerRunsTwoReplicasBehindADisruptionBudget(Rendered rendered) {
        for (String server : List.of("triage-mcp-eks", "triage-mcp-runbook", "triage-mcp-cloudwatch")) {
            Deployment deployment = rendered.require(Deployment.class, server);
            PodDisruptionBudget pdb = rendered.require(PodDisruptionBudget.class, server);

            assertThat(deployment.getSpec().getReplicas()).as(server).isGreaterThanOrEqualTo(2);
            assertThat(Selectors.matches(
                            pdb.getSpec().getSelector(),
                            deployment.getSpec().getTemplate().getMetadata().getLabels()))
                    .as(server)
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyContainerIsProbedOnItsRealHealthEndpoints(Rendered rendered) {
        rendered.podTemplates().forEach((workload, template) -> {
            for (Container container : template.getSpec().getContainers()) {
                String where = workload + " " + container.getName();
                List<String> paths = expectedPaths(ImageName.parse(container.getImage()), where);
                assertThat(path(container, container.getReadinessProbe(), where + " readiness"))
                        .isEqualTo(paths.get(0));
                assertThat(path(container, container.getLivenessProbe(), where + " liveness"))
                        .isEqualTo(paths.get(1));
                if (container.getStartupProbe() != null) {
                    assertThat(path(container, container.getStartupProbe(), where + " startup"))
                            .isIn(paths);
                }
            }
        });
    }

    private static List<String> expectedPaths(ImageName image, String where) {
        return PROBE_PATHS.entrySet().stream()
                .filter(e -> image.path().startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        where + ": which health endpoints does " + image.path() + " serve? Add it to PROBE_PATHS"));
    }

    /** The probe's HTTP path, once its port is shown to be one the container declares. */
    private static String path(Container container, Probe probe, String what) {
        assertThat(probe).as(what).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get).as(what + " is an HTTP GET").isNotNull();
        List<ContainerPort> ports = container.getPorts();
        boolean declared = get.getPort().getStrVal() != null
                ? ports.stream().anyMatch(p -> get.getPort().getStrVal().equals(p.getName()))
                : ports.stream().anyMatch(p -> get.getPort().getIntVal().equals(p.getContainerPort()));
        assertThat(declared)
                .as(what + " port " + get.getPort() + " is declared")
                .isTrue();
        return get.getPath();
    }
}
