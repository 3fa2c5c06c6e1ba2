package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.finding;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import org.junit.jupiter.api.Test;

class ServiceSelectorTest {

    @Test
    void aServiceWhoseSelectorMatchesNoPodIsTheRootCauseNamingTheSelectorAndTheNearMiss() {
        Finding catalog = finding(diagnose("service-selector", "shop"), "service_no_endpoints/Service/shop/catalog");

        assertThat(catalog.isRootCause()).isTrue();
        assertThat(catalog.summary()).contains("selects app=catalog, tier=backend", "have tier=api");
        assertThat(quote(catalog, "Service shop/catalog spec.selector")).isEqualTo("app=catalog, tier=backend");
        assertThat(quote(catalog, "Endpoints shop/catalog subsets")).isEqualTo("[]");
        assertThat(quote(catalog, "Pod shop/catalog-67d8b9c5f4-bq7xw metadata.labels.tier"))
                .isEqualTo("api");
    }

    @Test
    void podsFailingReadinessBecauseTheServiceTheyCallHasNoEndpointsAreItsSymptom() {
        Finding frontend = finding(diagnose("service-selector", "shop"), "probe_failure/Deployment/shop/frontend");

        assertThat(frontend.causedBy()).isEqualTo("service_no_endpoints/Service/shop/catalog");
        assertThat(frontend.pods()).containsExactly("frontend-5c7d9f8b6d-6hdtk", "frontend-5c7d9f8b6d-zx4lp");
        assertThat(quote(frontend, "Event Warning Unhealthy Pod shop/frontend-5c7d9f8b6d-6hdtk"))
                .isEqualTo("Readiness probe failed: HTTP probe failed with statuscode: 503");
        assertThat(quote(frontend, "log shop/frontend-5c7d9f8b6d-6hdtk/frontend"))
                .contains("WARN upstream catalog.shop.svc.cluster.local:8080 unavailable")
                .endsWith("connection refused; reporting not ready");
    }

    @Test
    void externalNameManualEndpointsAndScaledToZeroServicesAreHealthy() {
        assertThat(ids(diagnose("service-selector", "shop")))
                .containsExactly("service_no_endpoints/Service/shop/catalog", "probe_failure/Deployment/shop/frontend");
    }
}
