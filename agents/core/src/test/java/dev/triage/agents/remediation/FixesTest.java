package dev.triage.agents.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixesTest {

    private static Finding configError(String kind, String name, Evidence evidence) {
        ResourceRef resource = new ResourceRef(kind, "shop", name);
        return new Finding(
                Finding.idFor(Category.CONFIG_ERROR, resource),
                kind,
                "shop",
                name,
                null,
                Category.CONFIG_ERROR,
                "config error",
                List.of(evidence),
                Severity.HIGH,
                List.of(),
                null);
    }

    @Test
    void anIngressToAMissingServiceIsToldToCreateOrRepointTheBackend() {
        Finding ingress = configError(
                "Ingress", "storefront", Evidence.spec("spec.rules[0].http.paths[2].backend.service.name", "promo"));

        assertThat(Fixes.advice(ingress)).contains("Service").doesNotContain("ConfigMap");
    }

    @Test
    void aWorkloadMissingAConfigMapIsToldToCreateIt() {
        Finding checkout = configError(
                "Deployment",
                "checkout",
                Evidence.status(
                        "status.containerStatuses[checkout].state.waiting.message",
                        "configmap \"checkout-config\" not found"));

        assertThat(Fixes.advice(checkout)).contains("ConfigMap");
    }
}
