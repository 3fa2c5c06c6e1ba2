package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import org.junit.jupiter.api.Test;

class CrashLoopTest {

    private static final String POD = "Pod payments/payment-api-5d8f7b9c6-w7mfh ";

    @Test
    void crashLoopingPodWithMissingEnvIsReportedWithTheLogLine() {
        Diagnosis diagnosis = diagnose("crash-loop", "payments");

        assertThat(ids(diagnosis)).containsExactly("crash_loop/Deployment/payments/payment-api");
        Finding crash = diagnosis.findings().getFirst();
        assertThat(crash.owner()).isEqualTo(new ResourceRef("Deployment", "payments", "payment-api"));
        assertThat(crash.pods()).containsExactly("payment-api-5d8f7b9c6-w7mfh");
        assertThat(crash.summary())
                .startsWith(
                        "Container payment-api keeps exiting with code 1 (Error), restarted 5 times: FATAL: environment");
        assertThat(quote(crash, POD + "status.containerStatuses[payment-api].lastState.terminated.exitCode"))
                .isEqualTo("1");
        assertThat(quote(crash, "log payments/payment-api-5d8f7b9c6-w7mfh/payment-api (previous)"))
                .isEqualTo("FATAL: environment variable DATABASE_URL is not set; refusing to start");
        assertThat(quote(crash, "Event Warning BackOff Pod payments/payment-api-5d8f7b9c6-w7mfh"))
                .startsWith(
                        "Back-off restarting failed container payment-api in pod payment-api-5d8f7b9c6-w7mfh_payments(");
    }

    @Test
    void eachKindIsListedOnceAndOnlyTheCrashedContainersLogIsRead() {
        Diagnosis diagnosis = diagnose("crash-loop", "payments");

        // 17 kinds listed once each, plus the previous log of the one crashed container.
        assertThat(diagnosis.apiCalls()).isEqualTo(18);
        assertThat(diagnosis.objectsExamined()).isEqualTo(8);
    }
}
