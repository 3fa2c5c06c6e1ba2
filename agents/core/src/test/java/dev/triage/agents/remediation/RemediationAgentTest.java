package dev.triage.agents.remediation;

import static dev.triage.agents.testing.Fixtures.cartOom;
import static dev.triage.agents.testing.Fixtures.checkoutConfig;
import static dev.triage.agents.testing.Fixtures.paymentApiCrash;
import static dev.triage.agents.testing.Fixtures.recommendationsImagePull;
import static dev.triage.agents.testing.Fixtures.recommendationsRolloutStuck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.testing.FakeMcpServer;
import dev.triage.agents.testing.FakeRunbookServer;
import dev.triage.agents.testing.ScriptedChatModel;
import dev.triage.agents.tools.McpServers;
import dev.triage.agents.tools.ToolAccess;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import dev.triage.model.Remediation;
import dev.triage.model.ResourceRef;
import dev.triage.model.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemediationAgentTest {

    private static final Inquiry QUESTION = new Inquiry("what is wrong in shop?", "shop", null);

    private final FakeMcpServer server = FakeRunbookServer.create();
    private final Trail trail = Trail.silent();

    private RemediationAgent agent(Optional<ScriptedChatModel> model) {
        var tools = McpServers.of(Map.of("runbook", server))
                .tools(ToolAccess.all("runbook"), trail)
                .orElseThrow();
        return new RemediationAgent(tools, model.map(m -> m), trail, "inv-1");
    }

    @Test
    void anOomKillIsProposedAMemoryRaiseOfHalfAgainRoundedTo64Mi() {
        RemediationPlan plan = agent(Optional.empty()).propose(QUESTION, List.of(cartOom()), Optional.empty());

        assertThat(plan.remediations()).singleElement().satisfies(r -> {
            assertThat(r.runbook()).isEqualTo("raise-memory-limit");
            assertThat(r.target()).isEqualTo(new ResourceRef("Deployment", "shop", "cart"));
            assertThat(r.params()).containsExactlyInAnyOrderEntriesOf(Map.of("container", "cart", "memory", "384Mi"));
            assertThat(r.status()).isEqualTo("PROPOSED");
            assertThat(r.requiresApproval()).isTrue();
            assertThat(r.findingId()).isEqualTo(cartOom().id());
        });
    }

    @Test
    void aFailedImagePullAfterARolloutIsProposedARollbackAndItsSymptomNothing() {
        RemediationPlan plan = agent(Optional.empty())
                .propose(
                        QUESTION, List.of(recommendationsImagePull(), recommendationsRolloutStuck()), Optional.empty());

        assertThat(plan.remediations())
                .extracting(Remediation::runbook, Remediation::findingId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "rollback-deployment", recommendationsImagePull().id()));
    }

    @Test
    void aCrashCausedByConfigurationIsNotRestartedButItsFixIsNamed() {
        RemediationPlan plan = agent(Optional.empty()).propose(QUESTION, List.of(paymentApiCrash()), Optional.empty());

        assertThat(plan.remediations()).isEmpty();
        assertThat(plan.fixes().get(paymentApiCrash().id())).contains("DATABASE_URL is not set", "restart");
        assertThat(server.calledTools()).doesNotContain("propose_remediation");
    }

    @Test
    void aMissingConfigMapGetsANamedFixAndNoRunbook() {
        RemediationPlan plan = agent(Optional.empty()).propose(QUESTION, List.of(checkoutConfig()), Optional.empty());

        assertThat(plan.remediations()).isEmpty();
        assertThat(plan.fixes()).containsKey(checkoutConfig().id());
    }

    @Test
    void theRulesReadTheGuideAndAskTheCatalogByCategoryBeforeProposing() {
        agent(Optional.empty()).propose(QUESTION, List.of(cartOom()), Optional.empty());

        assertThat(server.calls())
                .extracting(c -> c.name() + " " + c.arguments())
                .containsExactly(
                        "find_guides {\"category\":\"OOM_KILLED\"}",
                        "list_runbooks {\"category\":\"OOM_KILLED\"}",
                        "propose_remediation {\"runbook\":\"raise-memory-limit\",\"namespace\":\"shop\",\"kind\":\"Deployment\","
                                + "\"name\":\"cart\",\"params\":{\"container\":\"cart\",\"memory\":\"384Mi\"},"
                                + "\"finding_id\":\"oom_killed/Deployment/shop/cart\",\"investigation_id\":\"inv-1\"}");
    }

    @Test
    void anActionAskedForByNameIsProposedForItsTarget() {
        RemediationPlan plan = agent(Optional.empty())
                .propose(
                        new Inquiry("roll back recommendations", null, null),
                        List.of(recommendationsRolloutStuck(), recommendationsImagePull()),
                        Optional.of(new Intent(
                                Intent.Action.ROLLBACK,
                                new ResourceRef("Deployment", "shop", "recommendations"),
                                null)));

        assertThat(plan.remediations()).singleElement().satisfies(r -> {
            assertThat(r.runbook()).isEqualTo("rollback-deployment");
            assertThat(r.target()).isEqualTo(new ResourceRef("Deployment", "shop", "recommendations"));
            assertThat(r.findingId()).isEqualTo(recommendationsImagePull().id());
        });
    }

    @Test
    void anAskedActionActsOnTheWorkloadTheClusterHoldsNotOnTheNamespaceAsked() {
        RemediationPlan plan = agent(Optional.empty())
                .propose(
                        new Inquiry("restart cart", "payments", null),
                        List.of(),
                        Optional.of(new Intent(
                                Intent.Action.RESTART, new ResourceRef("Deployment", "shop", "cart"), null)));

        assertThat(plan.remediations()).singleElement().satisfies(r -> assertThat(r.target())
                .isEqualTo(new ResourceRef("Deployment", "shop", "cart")));
    }

    @Test
    void aModelsChoiceFromTheCatalogIsProposedAndAnInventedRunbookIsDropped() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText("""
                {"proposals":[
                  {"findingId":"oom_killed/Deployment/shop/cart","runbook":"raise-memory-limit",
                   "params":{"memory":"512Mi","sudo":"true"},"rationale":"heap needs room"},
                  {"findingId":"crash_loop/Deployment/payments/payment-api","runbook":"drop-database",
                   "params":{},"rationale":"start fresh"}]}""");

        RemediationPlan plan =
                agent(Optional.of(model)).propose(QUESTION, List.of(cartOom(), paymentApiCrash()), Optional.empty());

        assertThat(plan.remediations()).singleElement().satisfies(r -> {
            assertThat(r.runbook()).isEqualTo("raise-memory-limit");
            assertThat(r.params()).containsExactly(Map.entry("memory", "512Mi"));
        });
        assertThat(trail.notes())
                .anySatisfy(n -> assertThat(n).contains("drop-database", "not in the runbook catalog"))
                .anySatisfy(n -> assertThat(n).contains("sudo"));
        assertThat(model.offeredTools()).isEmpty();
    }

    @Test
    void aModelsRunbookForTheWrongCategoryIsDropped() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText("""
                {"proposals":[{"findingId":"config_error/Deployment/shop/checkout","runbook":"restart-deployment",
                               "params":{},"rationale":"try turning it off and on"}]}""");

        RemediationPlan plan = agent(Optional.of(model)).propose(QUESTION, List.of(checkoutConfig()), Optional.empty());

        assertThat(plan.remediations()).isEmpty();
        assertThat(trail.notes()).singleElement().asString().contains("does not address CONFIG_ERROR");
    }

    @Test
    void whenRoutingPicksRulesTheRulesPropose() {
        RemediationPlan plan = agent(Optional.of(ScriptedChatModel.of().thenRulesTier()))
                .propose(QUESTION, List.of(cartOom()), Optional.empty());

        assertThat(plan.remediations()).extracting(Remediation::runbook).containsExactly("raise-memory-limit");
    }

    @Test
    void everyCallIsRecordedOnTheTrail() {
        agent(Optional.empty()).propose(QUESTION, List.of(cartOom()), Optional.empty());

        assertThat(trail.toolCalls())
                .extracting(ToolCall::server, ToolCall::tool, ToolCall::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("runbook", "find_guides", "ok"),
                        org.assertj.core.groups.Tuple.tuple("runbook", "list_runbooks", "ok"),
                        org.assertj.core.groups.Tuple.tuple("runbook", "propose_remediation", "ok"));
    }

    @Test
    void symptomsAreNotRemediatedThemselves() {
        Finding symptom = cartOom().causedBy(checkoutConfig().id());

        RemediationPlan plan = agent(Optional.empty()).propose(QUESTION, List.of(symptom), Optional.empty());

        assertThat(plan.remediations()).isEmpty();
    }
}
