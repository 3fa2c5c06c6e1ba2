package dev.triage.mcp.hosting.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.testing.HostileValues;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

class KubernetesNamesTest {

    /** Values no Kubernetes name can be: each would change an API path, or names nothing the API could hold. */
    static final List<String> HOSTILE = HostileValues.ALL;

    static final List<String> LABELS = List.of("shop", "kube-system", "a", "0", "a-b-c", "x".repeat(63), "123-abc");

    static final List<String> SUBDOMAINS =
            List.of("cart-7d9f-x2x", "ip-10-0-1-5.ec2.internal", "a.b", "x".repeat(253), "web-1");

    @ParameterizedTest
    @FieldSource("LABELS")
    void namesTheApiAcceptsAsLabelsPass(String label) {
        assertThat(KubernetesNames.DNS_LABEL.problem(label)).isEmpty();
        assertThat(KubernetesNames.DNS_SUBDOMAIN.problem(label)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SUBDOMAINS")
    void namesTheApiAcceptsAsSubdomainsPass(String name) {
        assertThat(KubernetesNames.DNS_SUBDOMAIN.problem(name)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void hostileValuesAreNeitherLabelsNorSubdomainsNorKindsNorVersions(String hostile) {
        for (ArgumentRule rule : List.of(
                KubernetesNames.DNS_LABEL,
                KubernetesNames.DNS_SUBDOMAIN,
                KubernetesNames.KIND,
                KubernetesNames.API_VERSION)) {
            assertThat(rule.problem(hostile)).as(rule.rule()).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("tooLong")
    void lengthsAreTheApisOwn(String tooLongForALabel) {
        assertThat(KubernetesNames.DNS_LABEL.problem(tooLongForALabel)).isPresent();
    }

    static Stream<String> tooLong() {
        return Stream.of("x".repeat(64), "a." + "b".repeat(62) + "c");
    }

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void hostileValuesAreRefusedAsSelectorsUnlessTheyAreSelectorSyntax(String hostile) {
        assertThat(KubernetesNames.LABEL_SELECTOR.problem(hostile)).isPresent();
        assertThat(KubernetesNames.FIELD_SELECTOR.problem(hostile)).isPresent();
    }

    @ParameterizedTest
    @FieldSource("SELECTORS")
    void kubectlSelectorSyntaxPasses(String selector) {
        assertThat(KubernetesNames.LABEL_SELECTOR.problem(selector)).isEmpty();
    }

    static final List<String> SELECTORS = List.of(
            "app=cart",
            "app=cart,tier!=cache",
            "app==cart",
            "env in (prod, staging)",
            "env notin (dev)",
            "!canary",
            "app.kubernetes.io/name=cart",
            "app",
            "app=");

    @ParameterizedTest
    @FieldSource("VERSIONS")
    void apiVersionsPass(String version) {
        assertThat(KubernetesNames.API_VERSION.problem(version)).isEmpty();
    }

    static final List<String> VERSIONS = List.of("v1", "apps/v1", "networking.k8s.io/v1", "stable.example.com/v1beta1");

    @org.junit.jupiter.api.Test
    void fieldSelectorsPass() {
        assertThat(KubernetesNames.FIELD_SELECTOR.problem("status.phase!=Running,spec.nodeName=ip-10-0-1-5.ec2"))
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theProblemNamesTheRuleAndQuotesABoundedEscapedPrefix() {
        String problem = KubernetesNames.NAMESPACE
                .problem("payments/secrets/ledger-db#\n" + "x".repeat(10_000))
                .orElseThrow();

        assertThat(problem)
                .startsWith("must be a DNS-1123 label (at most 63 characters")
                .contains("got \"payments/secrets/ledger-db#\\u000axxxxxxxxxxxx…\" (10028 characters)")
                .hasSizeLessThan(300)
                .doesNotContain("\n");
    }

    @org.junit.jupiter.api.Test
    void aSelectorNearTheLengthLimitIsJudgedAtOnce() {
        String adversarial = "a.".repeat(500) + "!";

        assertThat(KubernetesNames.LABEL_SELECTOR.problem(adversarial)).isPresent();
        assertThat(KubernetesNames.LABEL_SELECTOR.problem("a" + "-".repeat(1000) + "!"))
                .isPresent();
    }

    @org.junit.jupiter.api.Test
    void argumentNamesThatNameClusterObjectsNeedARule() {
        assertThat(List.of("namespace", "name", "kind", "pod_name", "container_name", "label_selector", "workload"))
                .allMatch(KubernetesNames::namesAClusterObject);
        assertThat(List.of("limit", "query_string", "title", "minutes", "proposal_id"))
                .noneMatch(KubernetesNames::namesAClusterObject);
    }
}
