package dev.triage.agents.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamedWorkloadTest {

    @ParameterizedTest
    @CsvSource({
        "why is search slow?, search",
        "Why is the checkout service so slow today, checkout",
        "search-api is throttled, search-api",
        "cart pods are really slow since 9:30, cart",
        "what is the latency of payment-api, payment-api",
        "p99 for orders went up, orders",
        "slow search requests after the promo, search"
    })
    void aQuestionAboutSlownessNamesItsWorkload(String question, String workload) {
        assertThat(NamedWorkload.in(question)).contains(workload);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "why is it slow?",
                "everything is slow",
                "diagnose unhealthy pods",
                "cart keeps crashing",
                "why is the cluster slow"
            })
    void aQuestionNamingNoWorkloadNamesNone(String question) {
        assertThat(NamedWorkload.in(question)).isEmpty();
    }
}
