package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.assertNoFindings;
import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthyClusterTest {

    @Test
    void oldRestartsScaledDownWorkloadsOldReplicaSetsAndRecoveredProbesAreNotFindings() {
        Diagnosis diagnosis = diagnose("healthy", null);

        assertNoFindings(diagnosis);
        assertThat(diagnosis.objectsExamined()).isEqualTo(33);
    }

    @ParameterizedTest
    @ValueSource(strings = {"payments", "shop", "kube-system", "monitoring"})
    void eachNamespaceIsHealthyOnItsOwn(String namespace) {
        assertNoFindings(diagnose("healthy", namespace));
    }
}
