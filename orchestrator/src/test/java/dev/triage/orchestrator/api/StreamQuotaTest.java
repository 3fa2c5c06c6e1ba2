package dev.triage.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamQuotaTest {

    @Test
    void clientGetsUpToItsQuotaAndAnotherAgainOnceOneIsReleased() {
        StreamQuota quota = new StreamQuota(2);

        assertThat(quota.tryAcquire("address 10.0.0.1")).isTrue();
        assertThat(quota.tryAcquire("address 10.0.0.1")).isTrue();
        assertThat(quota.tryAcquire("address 10.0.0.1")).isFalse();
        assertThat(quota.held("address 10.0.0.1")).isEqualTo(2);

        quota.release("address 10.0.0.1");

        assertThat(quota.tryAcquire("address 10.0.0.1")).isTrue();
    }

    @Test
    void clientsAreCountedApart() {
        StreamQuota quota = new StreamQuota(1);

        assertThat(quota.tryAcquire("principal alice")).isTrue();
        assertThat(quota.tryAcquire("principal bob")).isTrue();
        assertThat(quota.tryAcquire("principal alice")).isFalse();
    }

    @Test
    void releasingTheLastStreamForgetsTheClient() {
        StreamQuota quota = new StreamQuota(1);
        quota.tryAcquire("address ::1");

        quota.release("address ::1");
        quota.release("address ::1");

        assertThat(quota.held("address ::1")).isZero();
        assertThat(quota.tryAcquire("address ::1")).isTrue();
    }
}
