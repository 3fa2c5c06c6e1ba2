package dev.triage.agents.routing;

import static dev.triage.agents.routing.TestRouting.SLOW_ENOUGH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.testing.BedrockWire;
import dev.triage.agents.testing.OpenAiWire;
import dev.triage.model.ModelCall;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Actual usage from the wire is charged to the investigation's budget, and a spent budget leaves rules. */
class BudgetRoutingTest {

    private final BedrockWire bedrock = new BedrockWire();
    private final OpenAiWire vllm = new OpenAiWire();

    @AfterEach
    void close() {
        bedrock.close();
        vllm.close();
    }

    @Test
    void spentBudgetSendsTheNextCallToRulesWithoutARequest() {
        bedrock.script(BedrockWire.answer("first", 700, 400));
        ModelRouter router = router(TestRouting.always(Tier.BEDROCK, "prefer bedrock"));
        TokenBudget budget = TokenBudget.of(1_000);
        router.chat(TestRouting.context(Role.MASTER, budget), TestRouting.question("plan"), InvestigationObserver.NONE);

        RoutedChat second = router.chat(
                TestRouting.context(Role.MASTER, budget),
                TestRouting.question("summarise"),
                InvestigationObserver.NONE);

        assertThat(budget.exhausted()).isTrue();
        assertThat(bedrock.requests()).hasSize(1);
        assertThat(vllm.requests()).isEmpty();
        assertThat(second).isInstanceOfSatisfying(RoutedChat.UseRules.class, rules -> assertThat(rules.reason())
                .isEqualTo("fallback after bedrock: budget exhausted"));
        assertThat(second.attempts())
                .extracting(ModelCall::tier, ModelCall::outcome)
                .containsExactly(tuple("bedrock", "budget exhausted"), tuple("rules", "ok"));
    }

    @Test
    void dwindlingBudgetMovesTheRoleFromBedrockToVllm() {
        bedrock.script(BedrockWire.answer("expensive", 3_000, 1_000));
        vllm.script(OpenAiWire.answer("cheap", 300, 50));
        ModelRouter router = router(
                new PolicyRule(Set.of(Role.MASTER), Set.of(), null, null, 5_000L, Tier.BEDROCK, "master: bedrock"),
                new PolicyRule(Set.of(Role.MASTER), Set.of(), null, null, 500L, Tier.VLLM, "master: budget low"));
        TokenBudget budget = TokenBudget.of(8_000);

        RoutedChat first = router.chat(
                TestRouting.context(Role.MASTER, budget), TestRouting.question("plan"), InvestigationObserver.NONE);
        RoutedChat second = router.chat(
                TestRouting.context(Role.MASTER, budget), TestRouting.question("plan"), InvestigationObserver.NONE);

        assertThat(first.attempts()).extracting(ModelCall::tier).containsExactly("bedrock");
        assertThat(second.attempts())
                .extracting(ModelCall::tier, ModelCall::reason)
                .containsExactly(tuple("vllm", "master: budget low"));
        assertThat(budget.used()).isEqualTo(3_000 + 1_000 + 300 + 50);
    }

    @Test
    void policyChoosingRulesMakesNoRequestAndRecordsTheDecision() {
        ModelRouter router = router(TestRouting.always(Tier.RULES, "deterministic first"));

        RoutedChat routed = router.chat(
                TestRouting.context(Role.DIAGNOSTIC, TokenBudget.of(100)),
                TestRouting.question("q"),
                InvestigationObserver.NONE);

        assertThat(routed).isInstanceOf(RoutedChat.UseRules.class);
        assertThat(routed.attempts())
                .containsExactly(new ModelCall("diagnostic", "rules", "rules", "deterministic first", 0, 0, 0, "ok"));
        assertThat(bedrock.requests()).isEmpty();
        assertThat(vllm.requests()).isEmpty();
    }

    private ModelRouter router(PolicyRule... policy) {
        return TestRouting.router(TestRouting.settings(
                TestRouting.bedrock(bedrock, SLOW_ENOUGH, 0), TestRouting.vllm(vllm, SLOW_ENOUGH, 0), policy));
    }
}
