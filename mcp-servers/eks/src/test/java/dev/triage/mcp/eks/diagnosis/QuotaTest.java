package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import org.junit.jupiter.api.Test;

class QuotaTest {

    @Test
    void aReplicaSetRefusedPodsByAQuotaIsReportedOnceOnItsDeployment() {
        Diagnosis diagnosis = diagnose("quota", "data");

        // The Deployment's missing replicas are explained by the quota, not reported again.
        assertThat(ids(diagnosis)).containsExactly("quota_exceeded/Deployment/data/ingest");
        Finding quota = diagnosis.findings().getFirst();
        assertThat(quota.owner()).isEqualTo(new ResourceRef("Deployment", "data", "ingest"));
        assertThat(quota.summary()).contains("exceeded quota: data-quota", "Deployment ingest 1/3 available");
        assertThat(quote(quota, "Event Warning FailedCreate ReplicaSet data/ingest-6c9f8b7d5"))
                .isEqualTo("Error creating: pods \"ingest-6c9f8b7d5-8xk2p\" is forbidden: exceeded quota: data-quota, "
                        + "requested: limits.memory=2Gi, used: limits.memory=7Gi, limited: limits.memory=8Gi");
    }
}
