package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import org.junit.jupiter.api.Test;

class InitFailureTest {

    @Test
    void aFailingMigrationInitContainerIsAnInitFailureQuotingTheDatabaseError() {
        Diagnosis diagnosis = diagnose("init-failure", "payments");

        assertThat(ids(diagnosis)).containsExactly("init_failure/Deployment/payments/fraud-detector");
        Finding init = diagnosis.findings().getFirst();
        assertThat(init.summary()).contains("Init container migrate", "Init:CrashLoopBackOff");
        assertThat(
                        quote(
                                init,
                                "Pod payments/fraud-detector-6c8d7f9b5-tq8wz status.initContainerStatuses[migrate].state.waiting.reason"))
                .isEqualTo("CrashLoopBackOff");
        assertThat(quote(init, "log payments/fraud-detector-6c8d7f9b5-tq8wz/migrate (previous)"))
                .isEqualTo("ERROR: permission denied for schema public");
    }
}
