package dev.triage.mcp.eks.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.eks.diagnosis.ServiceMentions.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceMentionsTest {

    private static List<String> hosts(List<Mention> mentions) {
        return mentions.stream().map(m -> m.host() + "@" + m.namespace()).toList();
    }

    @Test
    void everyFormOfAServicesDnsNameNamesItInItsNamespace() {
        assertThat(hosts(ServiceMentions.inText("upstream catalog.shop.svc.cluster.local:8080 unavailable", "web")))
                .containsExactly("catalog@shop");
        assertThat(hosts(ServiceMentions.inText("resolving catalog.shop.svc failed", "web")))
                .containsExactly("catalog@shop");
        assertThat(hosts(ServiceMentions.inText("GET http://inventory/items failed", "shop")))
                .containsExactly("inventory@shop");
        assertThat(hosts(ServiceMentions.inText("dial tcp ledger.payments:8080: connection refused", "shop")))
                .containsExactly("ledger@payments");
        assertThat(hosts(ServiceMentions.inText("connecting to redis:6379", "shop")))
                .containsExactly("redis@shop");
    }

    @Test
    void aPodsNameUnderAHeadlessServiceNamesTheService() {
        assertThat(hosts(ServiceMentions.inText("redis-0.redis-headless.data.svc.cluster.local:6379", "shop")))
                .containsExactly("redis-headless@data");
    }

    @Test
    void aUrlsCredentialsAreNeitherAHostNorQuoted() {
        List<Mention> mentions = ServiceMentions.inText("postgres://orders:hunter2@db.data:5432/orders", "shop");

        assertThat(hosts(mentions)).containsExactly("db@data");
        assertThat(mentions.getFirst().text()).doesNotContain("hunter2");
    }

    @Test
    void addressesAreMentionsWithoutANamespaceAndTimestampsAndWordsAreNothing() {
        assertThat(hosts(ServiceMentions.inText("dial tcp 172.20.87.14:8080: connect: connection refused", "shop")))
                .containsExactly("172.20.87.14@null");
        assertThat(ServiceMentions.inText("2026-11-21T09:39:02Z catalog is slow today at 09:38:40.112", "shop"))
                .isEmpty();
        assertThat(ServiceMentions.inText("version 1.2.3.4.5 of 10.0.0", "shop"))
                .isEmpty();
    }

    @Test
    void aConfigurationValueThatIsOnlyAHostNameCounts() {
        assertThat(hosts(ServiceMentions.inValue("redis", "shop"))).containsExactly("redis@shop");
        assertThat(hosts(ServiceMentions.inValue("postgres.data", "shop"))).containsExactly("postgres@data");
        assertThat(hosts(ServiceMentions.inValue("http://cart.shop.svc.cluster.local:8080", "web")))
                .containsExactly("cart@shop");
        assertThat(ServiceMentions.inValue("-XX:MaxRAMPercentage=90", "shop")).isEmpty();
        assertThat(ServiceMentions.inValue("", "shop")).isEmpty();
    }
}
