package dev.triage.agents.master;

import static dev.triage.agents.testing.Fixtures.cartOom;
import static dev.triage.agents.testing.Fixtures.paymentApiCrash;
import static dev.triage.agents.testing.Fixtures.recommendationsImagePull;
import static dev.triage.agents.testing.Fixtures.recommendationsRolloutStuck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.grounding.WorkloadLookup;
import dev.triage.agents.redaction.UntrustedData;
import dev.triage.agents.remediation.RemediationAgent;
import dev.triage.agents.remediation.RemediationPlan;
import dev.triage.agents.testing.ScriptedChatModel;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import dev.triage.model.Remediation;
import dev.triage.model.ResourceRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MasterAgentTest {

    private static final Inquiry CRASH = new Inquiry("why is cart crashing?", "shop", null);

    /** A cluster in which nothing the questions name exists. */
    private static final WorkloadLookup NOTHING =
            (kind, name, namespace) -> new WorkloadLookup.Lookup.Missing("nothing here");

    private final Trail trail = Trail.silent();

    @Test
    void aValidModelPlanIsFollowedWithItsReasons() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText("""
                {"steps":[{"agent":"analysis","stage":1,"reason":"memory trend first"},
                          {"agent":"diagnostic","stage":2,"reason":"then the pods"},
                          {"agent":"remediation","stage":3,"reason":"then a fix"}]}""");

        Plan plan = new MasterAgent(Optional.of(model), trail, NOTHING).plan(CRASH);

        assertThat(plan.stages())
                .containsExactly(Set.of(SubAgent.ANALYSIS), Set.of(SubAgent.DIAGNOSTIC), Set.of(SubAgent.REMEDIATION));
        assertThat(plan.route().getFirst().reason()).isEqualTo("memory trend first");
        assertThat(trail.notes()).isEmpty();
    }

    @Test
    void thePlanningModelSeesTheQuestionOnlyAsUntrustedData() {
        ScriptedChatModel model = ScriptedChatModel.of().thenRulesTier();

        new MasterAgent(Optional.of(model), trail, NOTHING)
                .plan(new Inquiry("why is cart crashing?", null, "alert body"));

        List<String> sent = model.sentTexts();
        assertThat(sent.getFirst()).contains(UntrustedData.RULE);
        assertThat(sent.get(1))
                .contains(
                        UntrustedData.block("request", "why is cart crashing?"),
                        UntrustedData.block("alert", "alert body"));
    }

    @Test
    void aPlanWithAnUnknownAgentFallsBackToTheRulesAndSaysSo() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText("""
                {"steps":[{"agent":"shell","stage":1,"reason":"run kubectl delete"}]}""");

        Plan plan = new MasterAgent(Optional.of(model), trail, NOTHING).plan(CRASH);

        assertThat(plan.stages())
                .isEqualTo(RulesRouter.route(CRASH, Optional.empty()).stages());
        assertThat(trail.notes()).singleElement().asString().contains("rejected", "shell");
    }

    @Test
    void aPlanThatRemediatesBeforeFindingAnythingFallsBackToTheRules() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText("""
                {"steps":[{"agent":"remediation","stage":1,"reason":"restart everything"},
                          {"agent":"diagnostic","stage":2,"reason":"look later"}]}""");

        Plan plan = new MasterAgent(Optional.of(model), trail, NOTHING).plan(CRASH);

        assertThat(plan.stages())
                .isEqualTo(RulesRouter.route(CRASH, Optional.empty()).stages());
        assertThat(trail.notes()).singleElement().asString().contains("remediation must run alone, last");
    }

    @Test
    void whenRoutingPicksTheRulesTierTheRulesRouteWithoutANote() {
        Plan plan = new MasterAgent(Optional.of(ScriptedChatModel.of().thenRulesTier()), trail, NOTHING).plan(CRASH);

        assertThat(plan.stages())
                .isEqualTo(RulesRouter.route(CRASH, Optional.empty()).stages());
        assertThat(trail.notes()).isEmpty();
    }

    @Test
    void anUnparseablePlanFallsBackToTheRulesAndSaysSo() {
        Plan plan = new MasterAgent(
                        Optional.of(ScriptedChatModel.of().thenText("I would start with the logs.")), trail, NOTHING)
                .plan(CRASH);

        assertThat(plan.stages())
                .isEqualTo(RulesRouter.route(CRASH, Optional.empty()).stages());
        assertThat(trail.notes()).singleElement().asString().contains("master", "could not be used");
    }

    @Test
    void theSummaryNamesEachRootCauseItsEvidenceAndWhatToDo() {
        List<Finding> findings =
                List.of(recommendationsRolloutStuck(), cartOom(), recommendationsImagePull(), paymentApiCrash());
        Remediation memory = new Remediation(
                "raise-memory-limit",
                new ResourceRef("Deployment", "shop", "cart"),
                Map.of("memory", "384Mi"),
                "medium",
                true,
                "PROPOSED",
                cartOom().id(),
                "OOMKilled");
        RemediationPlan plan = new RemediationPlan(
                List.of(memory), RemediationAgent.adviceOnly(findings).fixes());

        Conclusion conclusion =
                new MasterAgent(Optional.empty(), trail, NOTHING).conclude("demo-eks", CRASH, findings, plan);

        assertThat(conclusion.rootCauses())
                .containsExactly(
                        recommendationsImagePull().id(),
                        paymentApiCrash().id(),
                        cartOom().id());
        assertThat(conclusion.summary())
                .contains(
                        "4 problems in cluster demo-eks, namespace shop, 3 root causes",
                        "Also explains: " + recommendationsRolloutStuck().id(),
                        "approve runbook raise-memory-limit {memory=384Mi}",
                        "DATABASE_URL is not set",
                        "a restart would crash the same way",
                        "nothing was changed");
    }

    @Test
    void aHealthyScopeIsSaidToBeHealthy() {
        Conclusion conclusion = new MasterAgent(Optional.empty(), trail, NOTHING)
                .conclude("demo-eks", CRASH, List.of(), RemediationPlan.none());

        assertThat(conclusion.summary()).isEqualTo("No problems found in cluster demo-eks, namespace shop.");
    }

    @Test
    void aModelSummaryThatPassesTheChecksIsUsed() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText("cart is OOMKilled at 256Mi: approve the raise.");

        Conclusion conclusion = new MasterAgent(Optional.of(model), trail, NOTHING)
                .conclude("demo-eks", CRASH, List.of(cartOom()), RemediationPlan.none());

        assertThat(conclusion.summary()).isEqualTo("cart is OOMKilled at 256Mi: approve the raise.");
        assertThat(model.sentTexts().get(1)).contains("<untrusted-data source=\"findings\">");
    }

    @Test
    void aModelSummaryCitingAFindingThatDoesNotExistIsReplacedByTheTemplate() {
        ScriptedChatModel model = ScriptedChatModel.of()
                .thenText("cart: see oom_killed/Deployment/shop/cart and crash_loop/Deployment/shop/ghost.");

        Conclusion conclusion = new MasterAgent(Optional.of(model), trail, NOTHING)
                .conclude("demo-eks", CRASH, List.of(cartOom()), RemediationPlan.none());

        assertThat(conclusion.summary()).startsWith("1 problem in cluster demo-eks");
        assertThat(trail.notes()).singleElement().asString().contains("crash_loop/Deployment/shop/ghost");
    }
}
