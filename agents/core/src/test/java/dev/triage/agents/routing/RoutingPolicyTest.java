package dev.triage.agents.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    private static final PolicyRule PAGES_ON_BEDROCK = new PolicyRule(
            Set.of(),
            Set.of(RequestSource.PAGERDUTY, RequestSource.ALERTMANAGER),
            Severity.HIGH,
            null,
            null,
            Tier.BEDROCK,
            "paging alert: strongest model");
    private static final PolicyRule MASTER_ON_BEDROCK_WHILE_BUDGET_LASTS = new PolicyRule(
            Set.of(Role.MASTER), Set.of(), null, null, 5_000L, Tier.BEDROCK, "master while budget lasts");
    private static final PolicyRule SMALL_EVIDENCE_ON_VLLM =
            new PolicyRule(Set.of(), Set.of(), null, 2_000, null, Tier.VLLM, "small evidence: in-cluster model");

    private final RoutingPolicy policy = new RoutingPolicy(
            List.of(PAGES_ON_BEDROCK, MASTER_ON_BEDROCK_WHILE_BUDGET_LASTS, SMALL_EVIDENCE_ON_VLLM), Tier.RULES);

    @Test
    void criticalPagerDutyAlertGoesToBedrockWithTheRulesReason() {
        var decision = policy.decide(context(Role.ANALYSIS, RequestSource.PAGERDUTY, Severity.CRITICAL, 50_000));

        assertThat(decision).isEqualTo(new RoutingPolicy.Decision(Tier.BEDROCK, "paging alert: strongest model"));
    }

    @Test
    void alertBelowTheRulesMinimumSeverityFallsThroughToLaterRules() {
        var decision = policy.decide(context(Role.ANALYSIS, RequestSource.ALERTMANAGER, Severity.MEDIUM, 100));

        assertThat(decision.tier()).isEqualTo(Tier.VLLM);
    }

    @Test
    void requestWithoutSeverityDoesNotMatchASeverityRule() {
        var decision = policy.decide(context(Role.DIAGNOSTIC, RequestSource.PAGERDUTY, null, 100));

        assertThat(decision.reason()).isEqualTo("small evidence: in-cluster model");
    }

    @Test
    void largeEvidenceFromAChatQuestionMatchesNoRuleAndUsesTheDefaultTier() {
        var decision = policy.decide(context(Role.DIAGNOSTIC, RequestSource.UI, null, 50_000));

        assertThat(decision).isEqualTo(new RoutingPolicy.Decision(Tier.RULES, "default tier"));
    }

    @Test
    void masterMovesToTheCheaperTierOnceTheBudgetFallsBelowTheRulesThreshold() {
        TokenBudget budget = TokenBudget.of(10_000);
        CallContext master = new CallContext(Role.MASTER, RequestSource.SLACK, null, 500, budget);
        assertThat(policy.decide(master).tier()).isEqualTo(Tier.BEDROCK);

        budget.record(4_000, 1_500);

        assertThat(policy.decide(master).tier()).isEqualTo(Tier.VLLM);
    }

    @Test
    void ruleWithoutAReasonIsDescribedFromItsConditions() {
        PolicyRule rule =
                new PolicyRule(Set.of(Role.REMEDIATION), Set.of(), Severity.HIGH, null, null, Tier.VLLM, null);

        assertThat(rule.reason()).isEqualTo("policy role in [REMEDIATION] severity >= HIGH -> vllm");
    }

    private static CallContext context(Role role, RequestSource source, Severity severity, int evidenceChars) {
        return new CallContext(role, source, severity, evidenceChars, TokenBudget.of(100_000));
    }
}
