package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import org.junit.jupiter.api.Test;

class LivenessProbeTest {

    private static final String POD = "Pod payments/notifications-7f9b6c5d8-k5c2r";

    @Test
    void aContainerKilledByItsLivenessProbeIsAProbeFailureNotACrashOrOom() {
        Diagnosis diagnosis = diagnose("liveness", "payments");

        assertThat(ids(diagnosis)).containsExactly("probe_failure/Deployment/payments/notifications");
        Finding notifications = diagnosis.findings().getFirst();
        assertThat(notifications.summary()).contains("killed by its failing liveness probe, restarted 4 times");
        assertThat(quote(notifications, "Event Warning Unhealthy " + POD))
                .startsWith("Liveness probe failed: Get \"http://10.0.1.57:8080/healthz\": context deadline exceeded");
        assertThat(quote(notifications, "Event Normal Killing " + POD))
                .isEqualTo("Container notifier failed liveness probe, will be restarted");
        assertThat(quote(notifications, POD + " status.containerStatuses[notifier].lastState.terminated.exitCode"))
                .isEqualTo("137");
    }
}
