package dev.triage.agents.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBudgetTest {

    @Test
    void chargesInputAndOutputTokensUntilExhausted() {
        TokenBudget budget = TokenBudget.of(1_000);

        budget.record(600, 300);
        assertThat(budget.remaining()).isEqualTo(100);
        assertThat(budget.exhausted()).isFalse();

        budget.record(90, 50);
        assertThat(budget.remaining()).isZero();
        assertThat(budget.exhausted()).isTrue();
        assertThat(budget.used()).isEqualTo(1_040);
    }

    @Test
    void parallelSubAgentsChargingTheSameBudgetLoseNoTokens() throws InterruptedException {
        TokenBudget budget = TokenBudget.of(1_000_000);
        List<Thread> agents = new ArrayList<>();
        for (int agent = 0; agent < 8; agent++) {
            agents.add(Thread.ofPlatform().start(() -> {
                for (int call = 0; call < 1_000; call++) {
                    budget.record(3, 2);
                }
            }));
        }
        for (Thread agent : agents) {
            agent.join();
        }

        assertThat(budget.used()).isEqualTo(8 * 1_000 * 5);
    }

    @Test
    void negativeLimitsAndCountsAreRejected() {
        assertThatThrownBy(() -> TokenBudget.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenBudget.of(10).record(-1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(">= 0");
    }
}
