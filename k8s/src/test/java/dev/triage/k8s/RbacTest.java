package dev.triage.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each service account may do, proven from the rendered Roles and bindings. */
class RbacTest {

    private static final String NAMESPACE = "triage";
    private static final Set<String> READ_VERBS = Set.of("get", "list", "watch");
    private static final Set<String> SYSTEM_NAMESPACES = Set.of("kube-system", "kube-public", "kube-node-lease");
    private static final Set<String> CLUSTER_SCOPED = Set.of("nodes", "namespaces");

    static List<Rendered> kustomizations() {
        return Layout.everyKustomization();
    }

    static List<Rendered> overlays() {
        return Layout.overlaysRendered();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void theDiagnosticServiceAccountCanReadNoSecretAndChangeNothing(Rendered rendered) {
        Set<Permission> granted = Grants.of(rendered, NAMESPACE, "triage-mcp-eks");

        assertThat(granted)
                .as("the eks server reads pods, their logs and events")
                .contains(
                        new Permission(Permission.CLUSTER, "", "pods", "list"),
                        new Permission(Permission.CLUSTER, "", "pods/log", "get"),
                        new Permission(Permission.CLUSTER, "", "events", "list"));
        assertThat(granted).noneMatch(p -> p.covers("", "secrets")).allSatisfy(p -> {
            assertThat(p.verb()).as(p.toString()).isIn(READ_VERBS);
            assertThat(List.of(p.apiGroup(), p.resource())).as(p.toString()).doesNotContain("*");
            assertThat(p.resource()).as(p.toString()).doesNotStartWith("/");
            assertThat(!p.resource().contains("/") || p.resource().equals("pods/log"))
                    .as("%s: exec, attach, port-forward, proxy and token subresources act, whatever the verb", p)
                    .isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void theRunbookServiceAccountCanDoNothingInTheSystemNamespaces(Rendered rendered) {
        Set<Permission> granted = Grants.of(rendered, NAMESPACE, "triage-mcp-runbook");

        assertThat(granted)
                .filteredOn(p -> p.scope().equals(Permission.CLUSTER))
                .as("cluster-wide grants reach kube-system too: only cluster-scoped objects may be granted so")
                .allSatisfy(p -> assertThat(p.resource()).as(p.toString()).isIn(CLUSTER_SCOPED));
        assertThat(granted).noneMatch(p -> SYSTEM_NAMESPACES.contains(p.scope()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theRunbookServiceAccountCanDoExactlyWhatTheCatalogNeedsInEachBoundNamespace(Rendered rendered) {
        Set<Permission> needed = CatalogNeeds.of(Layout.ROOT.resolve("runbooks/catalog"));
        Set<Permission> granted = Grants.of(rendered, NAMESPACE, "triage-mcp-runbook");
        Set<String> namespaces = granted.stream()
                .map(Permission::scope)
                .filter(scope -> !scope.equals(Permission.CLUSTER))
                .collect(Collectors.toSet());

        assertThat(namespaces).as("namespaces the runbook server may act in").isNotEmpty();
        assertThat(onlyScope(granted, Permission.CLUSTER))
                .containsExactlyInAnyOrderElementsOf(onlyScope(needed, Permission.CLUSTER));
        for (String namespace : namespaces) {
            assertThat(onlyScope(granted, namespace))
                    .as("in namespace %s", namespace)
                    .containsExactlyInAnyOrderElementsOf(onlyScope(needed, CatalogNeeds.NAMESPACE).stream()
                            .map(p -> p.in(namespace))
                            .toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void theOrchestratorAndTheCloudWatchServerHaveNoKubernetesAccess(Rendered rendered) {
        assertThat(Grants.of(rendered, NAMESPACE, "triage-orchestrator")).isEmpty();
        assertThat(Grants.of(rendered, NAMESPACE, "triage-mcp-cloudwatch")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void bindingsNameOneServiceAccountOfTheNamespaceNeverAGroup(Rendered rendered) {
        Stream<Subject> subjects = Stream.concat(
                rendered.all(ClusterRoleBinding.class).stream().flatMap(b -> b.getSubjects().stream()),
                rendered.all(RoleBinding.class).stream().flatMap(b -> b.getSubjects().stream()));

        assertThat(subjects.toList()).isNotEmpty().allSatisfy(subject -> {
            assertThat(subject.getKind()).isEqualTo("ServiceAccount");
            assertThat(subject.getNamespace()).isEqualTo(NAMESPACE);
            assertThat(subject.getName()).startsWith("triage-");
        });
    }

    private static Set<Permission> onlyScope(Set<Permission> permissions, String scope) {
        return permissions.stream().filter(p -> p.scope().equals(scope)).collect(Collectors.toSet());
    }
}
