package dev.triage.mcp.runbook.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.runbook.catalog.CatalogException;
import dev.triage.mcp.runbook.catalog.RunbookCatalog;
import dev.triage.mcp.runbook.catalog.SourceFile;
import dev.triage.mcp.runbook.library.LibraryFiles;
import dev.triage.mcp.runbook.library.RunbookLibrary;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped policies.yaml, as a matrix of runbook × namespace (or node) → decision. */
class PolicyTest {

    private static final RunbookLibrary LIBRARY = RunbookLibrary.load(LibraryFiles.fromClasspath());

    @ParameterizedTest(name = "{0} in {1} {2} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            restart-deployment  | namespace | shop        | environment=staging    | allowed with approval   | default
            delete-pod          | namespace | shop        |                        | allowed with approval   | default
            restart-deployment  | namespace | dev-alice   |                        | allowed                 | sandbox
            delete-pod          | namespace | team-x      | environment=dev        | allowed                 | sandbox
            raise-memory-limit  | namespace | sandbox-1   |                        | allowed with approval   | sandbox
            restart-deployment  | namespace | payments    | environment=demo       | allowed with approval   | read-only-production
            rollback-deployment | namespace | prod-eu     |                        | allowed with approval   | read-only-production
            scale-deployment    | namespace | orders      | environment=production | allowed with approval   | read-only-production
            restart-deployment  | namespace | kube-system |                        | forbidden               | kube-system-forbidden
            delete-pod          | namespace | kube-public |                        | forbidden               | kube-system-forbidden
            cordon-node         | node      | node-b      |                        | allowed with approval   | nodes
            cordon-node         | node      | node-prod   | environment=production | forbidden               | read-only-production
            cordon-node         | namespace | shop        |                        | not allowed             | default
            """)
    void decides(String runbook, String scope, String name, String labels, String expected, String policy) {
        PolicyDecision decision =
                LIBRARY.policies().decide(LIBRARY.catalog().find(runbook).orElseThrow(), subject(scope, name, labels));

        assertThat(decision.policy()).isEqualTo(policy);
        assertThat(decision.reason()).startsWith(expected + ":").contains("(policy " + policy + ")");
        assertThat(decision.allowed()).isEqualTo(expected.startsWith("allowed"));
        assertThat(decision.requiresApproval()).isEqualTo(!expected.equals("allowed"));
    }

    @Test
    void aNamespaceNoPolicyCoversIsForbidden() {
        Policies onlySystem = PolicyLoader.load(
                new SourceFile(
                        "policies.yaml",
                        "policies:\n  - name: sys\n    match: [{names: [kube-system]}]\n" + "    forbid: [\"*\"]\n"),
                LIBRARY.catalog().ids());

        PolicyDecision decision = onlySystem.decide(
                LIBRARY.catalog().find("delete-pod").orElseThrow(), subject("namespace", "shop", null));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("forbidden: no policy covers namespace shop, so nothing may run there");
    }

    @Test
    void aPolicyNamingAnUnknownRunbookOrApprovalModeIsRefusedByField() {
        var file = new SourceFile("policies.yaml", """
                policies:
                  - name: p
                    match: [{names: [shop], scope: cluster}]
                    allow: [reboot-node]
                    approval: sometimes
                """);

        assertThatThrownBy(() -> PolicyLoader.load(file, LIBRARY.catalog().ids()))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining(
                        "policies.yaml: policies[0].match[0].scope: must be namespace or node, got cluster")
                .hasMessageContaining("policies.yaml: policies[0].allow: 'reboot-node' is not a runbook in the catalog")
                .hasMessageContaining("policies.yaml: policies[0].approval: must be always or above-low-risk");
    }

    @Test
    void theShippedPoliciesKeepTheirOrder() {
        assertThat(LIBRARY.policies().names())
                .containsExactly("kube-system-forbidden", "read-only-production", "nodes", "sandbox", "default");
        assertThat(RunbookCatalog.REQUIRED_IDS)
                .allSatisfy(id -> assertThat(LIBRARY.catalog().find(id)).isPresent());
    }

    private static PolicySubject subject(String scope, String name, String labels) {
        Map<String, String> parsed = labels == null
                ? Map.of()
                : Map.of(labels.substring(0, labels.indexOf('=')), labels.substring(labels.indexOf('=') + 1));
        return new PolicySubject(Scope.valueOf(scope.toUpperCase(java.util.Locale.ROOT)), name, parsed);
    }
}
