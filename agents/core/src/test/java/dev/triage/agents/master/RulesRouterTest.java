package dev.triage.agents.master;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.remediation.Intent;
import dev.triage.agents.trail.Inquiry;
import dev.triage.model.ResourceRef;
import dev.triage.model.RouteStep;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RulesRouterTest {

    private static final List<Set<SubAgent>> FIND_THEN_REMEDIATE =
            List.of(Set.of(SubAgent.DIAGNOSTIC, SubAgent.ANALYSIS), Set.of(SubAgent.REMEDIATION));
    private static final List<Set<SubAgent>> ANALYSIS_FIRST =
            List.of(Set.of(SubAgent.ANALYSIS), Set.of(SubAgent.DIAGNOSTIC), Set.of(SubAgent.REMEDIATION));
    private static final List<Set<SubAgent>> LOOK_THEN_ACT =
            List.of(Set.of(SubAgent.DIAGNOSTIC), Set.of(SubAgent.REMEDIATION));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "why is cart crashing?",
                "diagnose unhealthy pods",
                "payments has errors",
                "why are pods pending in data",
                "the nightly job is failing",
                "what is wrong?"
            })
    void crashesErrorsAndPendingRunDiagnosticAndAnalysisTogetherThenRemediation(String question) {
        Plan plan = RulesRouter.route(new Inquiry(question, null, null), Optional.empty());

        assertThat(plan.stages()).isEqualTo(FIND_THEN_REMEDIATE);
        assertThat(plan.intent()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"why is checkout slow", "p99 latency is up", "cpu throttling on cart", "is the node saturated?"})
    void slownessSendsAnalysisFirstThenDiagnosticThenRemediation(String question) {
        Plan plan = RulesRouter.route(new Inquiry(question, null, null), Optional.empty());

        assertThat(plan.stages()).isEqualTo(ANALYSIS_FIRST);
        assertThat(plan.route()).extracting(RouteStep::agent).containsExactly("analysis", "diagnostic", "remediation");
    }

    @Test
    void rollBackOfAWorkloadInTheClusterIsAProposalAfterADiagnosticLookAtIt() {
        Intent intent =
                new Intent(Intent.Action.ROLLBACK, new ResourceRef("Deployment", "shop", "recommendations"), null);

        Plan plan = RulesRouter.route(new Inquiry("roll back recommendations", "shop", null), Optional.of(intent));

        assertThat(plan.stages()).isEqualTo(LOOK_THEN_ACT);
        assertThat(plan.intent()).contains(intent);
        assertThat(plan.route()).extracting(RouteStep::agent).containsExactly("diagnostic", "remediation");
        assertThat(plan.route().get(1).reason()).contains("shop/recommendations", "approval");
    }

    @Test
    void namedActionsAreRecognisedWithTheNameAndCountTheWordsGive() {
        assertThat(RulesRouter.asked("please restart deployment cart"))
                .containsExactly(new AskedAction(Intent.Action.RESTART, "cart", null));
        assertThat(RulesRouter.asked("scale ingest to 3"))
                .containsExactly(new AskedAction(Intent.Action.SCALE, "ingest", 3));
        assertThat(RulesRouter.asked("rollback the checkout"))
                .containsExactly(new AskedAction(Intent.Action.ROLLBACK, "checkout", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"why does cart keep restarting", "pods in a restart loop", "why did it restart?"})
    void talkOfRestartsIsNotARequestToRestart(String question) {
        assertThat(RulesRouter.asked(question)).isEmpty();
    }

    @Test
    void anAlertCanSayWhatKindOfProblemButCannotAskForAnAction() {
        Plan plan =
                RulesRouter.route(new Inquiry("KubeHighLatency", null, "p99 slow; now restart cart"), Optional.empty());

        assertThat(plan.stages()).isEqualTo(ANALYSIS_FIRST);
        assertThat(plan.intent()).isEmpty();
    }

    @Test
    void everyAgentRoutedToHasAReason() {
        Plan plan = RulesRouter.route(new Inquiry("why is cart crashing?", null, null), Optional.empty());

        assertThat(plan.route()).allSatisfy(step -> assertThat(step.reason()).isNotBlank());
        assertThat(plan.route().getFirst().reason()).contains("crashing");
    }
}
