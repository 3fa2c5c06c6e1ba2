package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.finding;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import org.junit.jupiter.api.Test;

class SchedulingTest {

    @Test
    void aPodTooBigForAnyNodeIsUnschedulableQuotingTheSchedulerAndItsRequest() {
        Finding etl = finding(diagnose("scheduling", "data"), "unschedulable/Deployment/data/etl-worker");

        assertThat(etl.summary())
                .contains(
                        "requests memory 24Gi: no node has that much free; the most is 14.4Gi on "
                                + "ip-10-0-1-23.ec2.internal (of 14.4Gi allocatable)",
                        "2 Insufficient memory.")
                .doesNotContain("preemption");
        assertThat(quote(etl, "Pod data/etl-worker-59d7c6b8f4-vh2rq status.conditions[PodScheduled].message"))
                .startsWith(
                        "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }");
        assertThat(quote(
                        etl,
                        "Pod data/etl-worker-59d7c6b8f4-vh2rq spec.containers[etl-worker].resources.requests.memory"))
                .isEqualTo("24Gi");
        assertThat(etl.causedBy()).isNull();
    }

    @Test
    void aStatefulSetWaitingForAnUnprovisionableClaimIsCausedByTheClaim() {
        Diagnosis diagnosis = diagnose("scheduling", "data");

        Finding claim = finding(diagnosis, "volume_error/PersistentVolumeClaim/data/data-postgres-0");
        assertThat(quote(claim, "Event Warning ProvisioningFailed PersistentVolumeClaim data/data-postgres-0"))
                .isEqualTo("storageclass.storage.k8s.io \"gp3-encrypted\" not found");
        assertThat(quote(claim, "PersistentVolumeClaim data/data-postgres-0 spec.storageClassName"))
                .isEqualTo("gp3-encrypted");
        Finding postgres = finding(diagnosis, "unschedulable/StatefulSet/data/postgres");
        assertThat(postgres.owner()).isEqualTo(new ResourceRef("StatefulSet", "data", "postgres"));
        assertThat(postgres.pods()).containsExactly("postgres-0");
        assertThat(postgres.causedBy()).isEqualTo(claim.id());
    }

    @Test
    void boundClaimsAndClaimsWaitingForTheirFirstConsumerAreHealthy() {
        assertThat(ids(diagnose("scheduling", "data")))
                .containsExactly(
                        "unschedulable/Deployment/data/etl-worker",
                        "volume_error/PersistentVolumeClaim/data/data-postgres-0",
                        "unschedulable/StatefulSet/data/postgres");
    }
}
