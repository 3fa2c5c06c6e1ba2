package dev.triage.agents.master;

import static dev.triage.agents.testing.Fixtures.cartOom;
import static dev.triage.agents.testing.Fixtures.checkoutConfig;
import static dev.triage.agents.testing.Fixtures.paymentApiCrash;
import static dev.triage.agents.testing.Fixtures.recommendationsImagePull;
import static dev.triage.agents.testing.Fixtures.recommendationsRolloutStuck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CauseGraphTest {

    @Test
    void rootCausesComeMostSevereFirstThenThoseThatExplainMoreThenById() {
        CauseGraph graph = new CauseGraph(List.of(
                cartOom(),
                recommendationsRolloutStuck(),
                paymentApiCrash(),
                checkoutConfig(),
                recommendationsImagePull()));

        assertThat(graph.rootCauses())
                .extracting(Finding::id)
                .containsExactly(
                        checkoutConfig().id(),
                        recommendationsImagePull().id(),
                        paymentApiCrash().id(),
                        cartOom().id());
    }

    @Test
    void theWorkloadTheQuestionNamesComesFirstWhateverItsSeverity() {
        CauseGraph graph = new CauseGraph(
                List.of(cartOom(), checkoutConfig(), paymentApiCrash()), java.util.Optional.of("payment-api"));

        assertThat(graph.rootCauses())
                .extracting(Finding::id)
                .first()
                .isEqualTo(paymentApiCrash().id());
    }

    @Test
    void memoryClimbingOnAnOomKilledWorkloadIsTheKillsLeadUpEvenWithoutARestartAfterIt() {
        Finding oom = cartOom();
        Finding climb = new Finding(
                Finding.idFor(Category.RESOURCE_SATURATION, oom.resource()),
                oom.kind(),
                oom.namespace(),
                oom.name(),
                oom.owner(),
                Category.RESOURCE_SATURATION,
                "cart: memory climbed to its limit (58% 09:38 → 97% 09:40)",
                List.of(Evidence.metric(
                        "ContainerInsights pod_memory_utilization_over_pod_limit {PodName=cart}",
                        "pod_memory_utilization_over_pod_limit cart: 58% 09:38 → 97% 09:40")),
                Severity.MEDIUM,
                null,
                null);

        CauseGraph graph = new CauseGraph(List.of(climb, oom));

        assertThat(graph.rootCauses()).extracting(Finding::id).containsExactly(oom.id());
        assertThat(graph.ordered()).extracting(Finding::causedBy).containsExactly(null, oom.id());
        assertThat(graph.ordered().getFirst().evidence())
                .extracting(Evidence::quote)
                .contains("pod_memory_utilization_over_pod_limit cart: 58% 09:38 → 97% 09:40");
    }

    @Test
    void eachSymptomFollowsItsCause() {
        CauseGraph graph =
                new CauseGraph(List.of(recommendationsRolloutStuck(), cartOom(), recommendationsImagePull()));

        assertThat(graph.ordered())
                .extracting(Finding::id)
                .containsExactly(
                        recommendationsImagePull().id(),
                        recommendationsRolloutStuck().id(),
                        cartOom().id());
    }

    @Test
    void aCauseThatIsNotAFindingMakesTheSymptomARootCause() {
        Finding orphan = cartOom().causedBy("volume_error/PersistentVolumeClaim/shop/nowhere");

        assertThat(new CauseGraph(List.of(orphan)).rootCauses())
                .extracting(Finding::id)
                .containsExactly(orphan.id());
    }

    @Test
    void aCycleOfCausesIsCutSoEveryFindingIsReported() {
        Finding a = cartOom().causedBy(paymentApiCrash().id());
        Finding b = paymentApiCrash().causedBy(cartOom().id());

        CauseGraph graph = new CauseGraph(List.of(a, b));

        assertThat(graph.ordered()).hasSize(2);
        assertThat(graph.rootCauses()).hasSize(1);
    }
}
