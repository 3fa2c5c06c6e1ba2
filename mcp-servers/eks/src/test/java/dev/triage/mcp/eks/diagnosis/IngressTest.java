package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.finding;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import org.junit.jupiter.api.Test;

class IngressTest {

    @Test
    void anIngressRoutingToAServiceThatDoesNotExistIsAConfigError() {
        Finding storefront = finding(diagnose("ingress", "shop"), "config_error/Ingress/shop/storefront");

        assertThat(storefront.summary())
                .isEqualTo("Ingress storefront routes shop.example.com/promo to Service promo, which does not exist");
        assertThat(quote(storefront, "Ingress shop/storefront spec.rules[0].http.paths[1].backend.service.name"))
                .isEqualTo("promo");
    }

    @Test
    void aMissingTlsSecretAndAMissingIngressClassAreConfigErrorsAndAWellFormedIngressIsNot() {
        Diagnosis diagnosis = diagnose("ingress", "shop");

        assertThat(ids(diagnosis))
                .containsExactly(
                        "config_error/Ingress/shop/admin",
                        "config_error/Ingress/shop/legacy",
                        "config_error/Ingress/shop/storefront");
        assertThat(quote(
                        finding(diagnosis, "config_error/Ingress/shop/admin"),
                        "Ingress shop/admin spec.tls[0].secretName"))
                .isEqualTo("admin-tls");
        assertThat(quote(
                        finding(diagnosis, "config_error/Ingress/shop/legacy"),
                        "Ingress shop/legacy spec.ingressClassName"))
                .isEqualTo("traefik");
    }
}
