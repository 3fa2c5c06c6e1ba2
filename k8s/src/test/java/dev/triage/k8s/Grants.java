package dev.triage.k8s;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the rendered RBAC lets one service account do, read the way the API server's authorizer reads it: every
 * binding naming the account (or a group it belongs to), the role it refers to, each rule expanded into single
 * permissions. A ClusterRoleBinding grants cluster-wide; a RoleBinding only in its own namespace, whether it refers to
 * a Role or a ClusterRole.
 */
final class Grants {

    private Grants() {}

    static Set<Permission> of(Rendered rendered, String namespace, String serviceAccount) {
        Set<Permission> permissions = new LinkedHashSet<>();
        for (ClusterRoleBinding binding : rendered.all(ClusterRoleBinding.class)) {
            if (names(binding.getSubjects(), namespace, serviceAccount)) {
                permissions.addAll(expand(Permission.CLUSTER, rules(rendered, binding.getRoleRef(), null)));
            }
        }
        for (RoleBinding binding : rendered.all(RoleBinding.class)) {
            if (names(binding.getSubjects(), namespace, serviceAccount)) {
                String scope = binding.getMetadata().getNamespace();
                permissions.addAll(expand(scope, rules(rendered, binding.getRoleRef(), scope)));
            }
        }
        return permissions;
    }

    /** Whether any subject is the account, its namespace's service accounts, all service accounts, or everyone. */
    static boolean names(List<Subject> subjects, String namespace, String serviceAccount) {
        return subjects.stream().anyMatch(subject -> switch (subject.getKind()) {
            case "ServiceAccount" ->
                serviceAccount.equals(subject.getName()) && namespace.equals(subject.getNamespace());
            case "Group" ->
                Set.of("system:serviceaccounts", "system:serviceaccounts:" + namespace, "system:authenticated")
                        .contains(subject.getName());
            default -> false;
        });
    }

    private static List<PolicyRule> rules(Rendered rendered, RoleRef ref, String namespace) {
        if ("ClusterRole".equals(ref.getKind())) {
            ClusterRole role = rendered.require(ClusterRole.class, ref.getName());
            if (role.getAggregationRule() != null) {
                throw new AssertionError("ClusterRole " + ref.getName() + " aggregates others: its rules are not here");
            }
            return role.getRules();
        }
        return rendered.all(Role.class).stream()
                .filter(role -> role.getMetadata().getName().equals(ref.getName()))
                .filter(role -> role.getMetadata().getNamespace().equals(namespace))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Role " + namespace + "/" + ref.getName()))
                .getRules();
    }

    private static Set<Permission> expand(String scope, List<PolicyRule> rules) {
        Set<Permission> permissions = new LinkedHashSet<>();
        for (PolicyRule rule : rules) {
            if (!rule.getNonResourceURLs().isEmpty()) {
                rule.getNonResourceURLs().forEach(url -> rule.getVerbs()
                        .forEach(v -> permissions.add(new Permission(scope, "", url, v))));
            }
            if (!rule.getResourceNames().isEmpty()) {
                throw new AssertionError("rule " + rule + " limits resourceNames: this check does not model them");
            }
            for (String group : rule.getApiGroups()) {
                for (String resource : rule.getResources()) {
                    for (String verb : rule.getVerbs()) {
                        permissions.add(new Permission(scope, group, resource, verb));
                    }
                }
            }
        }
        return permissions;
    }
}
