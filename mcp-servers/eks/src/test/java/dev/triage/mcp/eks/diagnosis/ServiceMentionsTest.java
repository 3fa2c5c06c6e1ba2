package dev.triage.mcp.eks.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import org.junit.jupiter.api.Test;

class ServiceMentionsTest {

    @Test
    void clusterDnsNamesUrlsAndHostPortsNameServicesInTheirNamespace() {
        assertThat(ServiceMentions.inText("WARN upstream catalog.shop.svc.cluster.local:8080 unavailable", "web"))
                .containsExactly("service_no_endpoints/Service/shop/catalog");
        assertThat(ServiceMentions.inText("GET http://inventory/items failed", "shop"))
                .containsExactly("service_no_endpoints/Service/shop/inventory");
        assertThat(ServiceMentions.inText("dial tcp ledger.payments:8080: connection refused", "shop"))
                .containsExactly("service_no_endpoints/Service/payments/ledger");
    }

    @Test
    void ipAddressesAndPlainWordsAreNotServices() {
        assertThat(ServiceMentions.inText("dial tcp 172.20.87.14:8080: connect: connection refused", "shop"))
                .isEmpty();
        assertThat(ServiceMentions.inText("catalog is slow today", "shop")).isEmpty();
    }

    @Test
    void literalEnvValuesCountIncludingABareHostNameButNotSecretReferences() {
        var container = new ContainerBuilder()
                .addNewEnv()
                .withName("CATALOG_URL")
                .withValue("http://catalog.shop.svc.cluster.local:8080")
                .endEnv()
                .addNewEnv()
                .withName("CACHE_HOST")
                .withValue("redis")
                .endEnv()
                .addNewEnv()
                .withName("PASSWORD")
                .withNewValueFrom()
                .withNewSecretKeyRef("password", "db", false)
                .endValueFrom()
                .endEnv()
                .build();

        assertThat(ServiceMentions.inEnv(container, "shop"))
                .containsExactly(
                        "service_no_endpoints/Service/shop/catalog", "service_no_endpoints/Service/shop/redis");
    }
}
