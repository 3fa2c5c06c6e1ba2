package dev.triage.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pod the manifests run meets the namespace's Pod Security "restricted" level and more: non-root, no
 * privilege, read-only root filesystem, all capabilities dropped, resources set, pinned images.
 */
class PodSecurityTest {

    static List<Rendered> kustomizations() {
        return Layout.everyKustomization();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyPodRunsUnprivilegedAsNonRootOnAReadOnlyFilesystem(Rendered rendered) {
        List<String> violations = new ArrayList<>();
        rendered.podTemplates().forEach((workload, template) -> violations.addAll(podViolations(workload, template)));

        assertThat(rendered.podTemplates()).isNotEmpty();
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyContainerHasResourcesAndAPinnedImage(Rendered rendered) {
        List<String> violations = new ArrayList<>();
        rendered.podTemplates().forEach((workload, template) -> containers(template.getSpec())
                .forEach(c -> violations.addAll(resourceAndImageViolations(workload + " " + c.getName(), c))));

        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void theNamespaceEnforcesTheRestrictedPodSecurityLevel(Rendered rendered) {
        var namespace = rendered.require(io.fabric8.kubernetes.api.model.Namespace.class, "triage");

        assertThat(namespace.getMetadata().getLabels())
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
    }

    private static List<String> podViolations(String workload, PodTemplateSpec template) {
        PodSpec spec = template.getSpec();
        PodSecurityContext pod = Optional.ofNullable(spec.getSecurityContext()).orElseGet(PodSecurityContext::new);
        List<String> violations = new ArrayList<>();
        check(violations, !Boolean.TRUE.equals(spec.getHostNetwork()), workload, "uses the host network");
        check(violations, !Boolean.TRUE.equals(spec.getHostPID()), workload, "shares the host PID namespace");
        check(violations, !Boolean.TRUE.equals(spec.getHostIPC()), workload, "shares the host IPC namespace");
        check(
                violations,
                spec.getVolumes().stream().allMatch(v -> v.getHostPath() == null),
                workload,
                "mounts a hostPath volume");
        check(
                violations,
                pod.getSeccompProfile() != null
                        && "RuntimeDefault".equals(pod.getSeccompProfile().getType()),
                workload,
                "has no RuntimeDefault seccomp profile");
        for (Container container : containers(spec)) {
            String where = workload + " " + container.getName();
            SecurityContext context =
                    Optional.ofNullable(container.getSecurityContext()).orElseGet(SecurityContext::new);
            boolean nonRoot = Boolean.TRUE.equals(context.getRunAsNonRoot())
                    || (context.getRunAsNonRoot() == null && Boolean.TRUE.equals(pod.getRunAsNonRoot()));
            Long uid = context.getRunAsUser() != null ? context.getRunAsUser() : pod.getRunAsUser();
            check(violations, nonRoot, where, "may run as root (runAsNonRoot is not true)");
            check(violations, uid != null && uid != 0, where, "has no non-zero runAsUser");
            check(violations, !Boolean.TRUE.equals(context.getPrivileged()), where, "is privileged");
            check(
                    violations,
                    Boolean.FALSE.equals(context.getAllowPrivilegeEscalation()),
                    where,
                    "allows privilege escalation");
            check(
                    violations,
                    Boolean.TRUE.equals(context.getReadOnlyRootFilesystem()),
                    where,
                    "has a writable root filesystem");
            var capabilities = context.getCapabilities();
            check(
                    violations,
                    capabilities != null && capabilities.getDrop().contains("ALL"),
                    where,
                    "does not drop ALL capabilities");
            check(
                    violations,
                    capabilities == null || capabilities.getAdd().isEmpty(),
                    where,
                    "adds capabilities " + (capabilities == null ? "" : capabilities.getAdd()));
        }
        return violations;
    }

    private static List<String> resourceAndImageViolations(String where, Container container) {
        List<String> violations = new ArrayList<>();
        var resources = container.getResources();
        Map<String, ?> requests = resources == null ? Map.of() : resources.getRequests();
        Map<String, ?> limits = resources == null ? Map.of() : resources.getLimits();
        check(violations, requests.containsKey("cpu"), where, "requests no CPU");
        check(violations, requests.containsKey("memory"), where, "requests no memory");
        check(violations, limits.containsKey("memory"), where, "has no memory limit");
        ImageName image = ImageName.parse(container.getImage());
        check(violations, image.pinned(), where, "runs an unpinned image " + container.getImage());
        check(
                violations,
                "Always".equals(container.getImagePullPolicy()) || container.getImagePullPolicy() == null,
                where,
                "pull policy " + container.getImagePullPolicy());
        return violations;
    }

    static List<Container> containers(PodSpec spec) {
        List<Container> all = new ArrayList<>(spec.getInitContainers());
        all.addAll(spec.getContainers());
        return all;
    }

    private static void check(List<String> violations, boolean holds, String where, String problem) {
        if (!holds) {
            violations.add(where + " " + problem);
        }
    }
}
