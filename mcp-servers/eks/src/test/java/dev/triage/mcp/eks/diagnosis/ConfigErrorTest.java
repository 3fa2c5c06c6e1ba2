package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.finding;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import org.junit.jupiter.api.Test;

class ConfigErrorTest {

    @Test
    void aMissingConfigMapIsAConfigErrorQuotingTheWaitingMessage() {
        Diagnosis diagnosis = diagnose("config-errors", "shop");

        assertThat(ids(diagnosis)).containsExactly("config_error/Deployment/shop/checkout");
        Finding checkout = diagnosis.findings().getFirst();
        assertThat(checkout.owner()).isEqualTo(new ResourceRef("Deployment", "shop", "checkout"));
        assertThat(quote(
                        checkout,
                        "Pod shop/checkout-84c6d9f7b5-t2g6m status.containerStatuses[checkout].state.waiting.message"))
                .isEqualTo("configmap \"checkout-config\" not found");
    }

    @Test
    void aMissingSecretKeyIsAConfigErrorThatNamesTheKeyButNeverAValue() {
        Diagnosis diagnosis = diagnose("config-errors", "payments");

        Finding ledger = finding(diagnosis, "config_error/Deployment/payments/ledger-worker");
        assertThat(ledger.summary()).contains("couldn't find key password in Secret payments/ledger-db");
        assertThat(diagnosis.toString())
                .doesNotContain("bm90LWEtcmVhbC11c2Vy", "not-a-real-user", "bm90LWEtcmVhbC1ob3N0", "not-a-real-host");
    }

    @Test
    void aMissingSecretVolumeKeepsThePodInContainerCreatingAsAConfigError() {
        Diagnosis diagnosis = diagnose("config-errors", "monitoring");

        assertThat(ids(diagnosis)).containsExactly("config_error/Deployment/monitoring/grafana");
        assertThat(quote(
                        diagnosis.findings().getFirst(),
                        "Event Warning FailedMount Pod monitoring/grafana-7b8c9d6f5-m4x8k"))
                .isEqualTo("MountVolume.SetUp failed for volume \"tls\" : secret \"grafana-tls\" not found");
    }

    @Test
    void theWholeClusterHasExactlyTheThreeConfigErrors() {
        assertThat(ids(diagnose("config-errors", null)))
                .containsExactlyInAnyOrder(
                        "config_error/Deployment/shop/checkout",
                        "config_error/Deployment/payments/ledger-worker",
                        "config_error/Deployment/monitoring/grafana");
    }
}
