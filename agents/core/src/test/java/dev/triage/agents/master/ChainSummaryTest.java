package dev.triage.agents.master;

import static dev.triage.agents.testing.Fixtures.paymentApiCrash;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.remediation.RemediationAgent;
import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chain of symptoms across services reads as one root cause, named from cause to what users see. */
class ChainSummaryTest {

    private static Finding finding(Category category, String kind, String name, Severity severity, String cause) {
        ResourceRef ref = new ResourceRef(kind, "shop", name);
        return new Finding(
                Finding.idFor(category, ref),
                kind,
                "shop",
                name,
                ref,
                category,
                name + " is failing",
                List.of(Evidence.status(ref + " status", "broken")),
                severity,
                List.of(),
                cause);
    }

    private static final Finding REDIS = finding(Category.OOM_KILLED, "StatefulSet", "redis", Severity.CRITICAL, null);
    private static final Finding CART =
            finding(Category.CRASH_LOOP, "Deployment", "cart", Severity.CRITICAL, REDIS.id());
    private static final Finding FRONTEND =
            finding(Category.PROBE_FAILURE, "Deployment", "frontend", Severity.CRITICAL, CART.id());
    private static final Finding WORKER =
            finding(Category.CRASH_LOOP, "Deployment", "worker", Severity.HIGH, REDIS.id());

    private static String summary(List<Finding> findings) {
        return SummaryTemplate.write(
                "cluster demo-eks, namespace shop", new CauseGraph(findings), RemediationAgent.adviceOnly(findings));
    }

    @Test
    void aThreeLinkChainIsOneRootCauseNamedFromTheCauseToTheFrontEnd() {
        CauseGraph graph = new CauseGraph(List.of(FRONTEND, CART, REDIS));

        assertThat(graph.rootCauses()).containsExactly(REDIS);
        assertThat(graph.chainFrom(REDIS)).containsExactly(REDIS, CART, FRONTEND);
        assertThat(summary(List.of(FRONTEND, CART, REDIS)))
                .startsWith("3 problems in cluster demo-eks, namespace shop, 1 root cause: "
                        + "StatefulSet/shop/redis → Deployment/shop/cart → Deployment/shop/frontend\n1. [CRITICAL]");
    }

    @Test
    void aBranchingTreeNamesItsLongestChainAndListsEverySymptom() {
        String text = summary(List.of(WORKER, FRONTEND, CART, REDIS));

        assertThat(text)
                .startsWith("4 problems in cluster demo-eks, namespace shop, 1 root cause: "
                        + "StatefulSet/shop/redis → Deployment/shop/cart → Deployment/shop/frontend")
                .contains("Also explains: " + CART.id() + ", " + FRONTEND.id() + ", " + WORKER.id())
                .doesNotContain("Chain:");
    }

    @Test
    void withSeveralRootCausesEachNamesItsOwnChain() {
        List<Finding> findings = new ArrayList<>(List.of(FRONTEND, CART, REDIS, paymentApiCrash()));

        String text = summary(findings);

        assertThat(text)
                .contains("4 problems in cluster demo-eks, namespace shop, 2 root causes, most urgent first:")
                .contains("   Chain: StatefulSet/shop/redis → Deployment/shop/cart → Deployment/shop/frontend");
    }

    @Test
    void aSingleFindingIsItsOwnChain() {
        assertThat(summary(List.of(REDIS)))
                .startsWith("1 problem in cluster demo-eks, namespace shop, 1 root cause: StatefulSet/shop/redis\n")
                .doesNotContain("Chain:");
    }
}
