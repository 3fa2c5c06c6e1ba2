package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.finding;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CausalChainTest {

    private static final String REDIS = "oom_killed/StatefulSet/shop/redis";
    private static final String CART = "crash_loop/Deployment/shop/cart";
    private static final String FRONTEND = "probe_failure/Deployment/shop/frontend";

    private static List<String> roots(Diagnosis diagnosis) {
        return diagnosis.findings().stream()
                .filter(Finding::isRootCause)
                .map(Finding::id)
                .toList();
    }

    @Test
    void aStoreOomKilledUnderACrashingWorkloadUnderAnUnreadyFrontEndIsOneRootCause() {
        Diagnosis diagnosis = diagnose("chain-three-services", "shop");

        assertThat(Fixtures.ids(diagnosis)).containsExactlyInAnyOrder(REDIS, CART, FRONTEND);
        assertThat(roots(diagnosis)).containsExactly(REDIS);
        assertThat(finding(diagnosis, CART).causedBy()).isEqualTo(REDIS);
        assertThat(finding(diagnosis, FRONTEND).causedBy()).isEqualTo(CART);
    }

    @Test
    void theCrashQuotesTheLineThatNamesTheCauseNotTheLastOne() {
        Finding cart = finding(diagnose("chain-three-services", "shop"), CART);

        assertThat(quotes(cart, Evidence.Source.LOG))
                .contains("2026-11-21T09:39:03Z ERROR session store: dial tcp 10.100.12.7:6379: connect: connection"
                        + " refused")
                .noneMatch(q -> q.contains("exiting"));
        assertThat(cart.summary()).contains("connection refused").doesNotContain("FATAL");
    }

    @Test
    void aSymptomQuotesWhereItNamesItsDependency() {
        Finding frontend = finding(diagnose("chain-three-services", "shop"), FRONTEND);

        assertThat(Fixtures.quote(
                        frontend, "Pod shop/frontend-7c6b5a4d3-b2c4d spec.containers[frontend].env[CART_URL]"))
                .isEqualTo("cart.shop.svc.cluster.local");
    }

    @Test
    void aServiceSelectingNoPodIsTheRootOfAChainThroughAConfigMapAndAHostPortAcrossNamespaces() {
        Diagnosis diagnosis = diagnose("chain-config-cross-namespace", null);

        String postgres = "service_no_endpoints/Service/data/postgres";
        String orders = "crash_loop/Deployment/shop/orders";
        assertThat(roots(diagnosis)).containsExactly(postgres);
        assertThat(finding(diagnosis, orders).causedBy()).isEqualTo(postgres);
        assertThat(Fixtures.quote(finding(diagnosis, orders), "ConfigMap shop/orders-config data.DATABASE_URL"))
                .isEqualTo("postgres.data.svc");
        assertThat(finding(diagnosis, "probe_failure/Deployment/shop/web").causedBy())
                .isEqualTo(orders);
    }

    @Test
    void anExternalNameIsFollowedToTheStoreItAliasesAndAMountedConfigFileNamesIt() {
        Diagnosis diagnosis = diagnose("chain-external-name", null);

        String store = "oom_killed/StatefulSet/data/redis-master";
        Finding worker = finding(diagnosis, "crash_loop/Deployment/shop/worker");
        assertThat(roots(diagnosis)).containsExactly(store);
        assertThat(worker.causedBy()).isEqualTo(store);
        assertThat(Fixtures.quote(worker, "ConfigMap shop/worker-config data.worker.yaml"))
                .isEqualTo("cache:6379");
        assertThat(quotes(worker, Evidence.Source.LOG))
                .singleElement()
                .asString()
                .contains("reset by peer");
    }

    @Test
    void twoWorkloadsNamingEachOtherAreOneChainNotALoop() {
        Diagnosis diagnosis = diagnose("chain-cycle-and-controls", "shop");

        Finding alpha = finding(diagnosis, "crash_loop/Deployment/shop/alpha");
        Finding beta = finding(diagnosis, "crash_loop/Deployment/shop/beta");
        assertThat(Arrays.asList(alpha.causedBy(), beta.causedBy())).containsOnlyOnce((String) null);
        assertThat(alpha.causedBy() == null ? beta.causedBy() : alpha.causedBy())
                .isIn(alpha.id(), beta.id());
    }

    @Test
    void aCrashItsOwnLogExplainsOrWhoseDependencyIsHealthyStaysARootCause() {
        Diagnosis diagnosis = diagnose("chain-cycle-and-controls", "shop");

        assertThat(finding(diagnosis, "crash_loop/Deployment/shop/billing").causedBy())
                .as("billing's log says STRIPE_API_KEY is not set, though the queue it names is OOMKilled")
                .isNull();
        assertThat(finding(diagnosis, "crash_loop/Deployment/shop/reports").causedBy())
                .as("reports names warehouse, which is healthy")
                .isNull();
        assertThat(roots(diagnosis)).contains("oom_killed/StatefulSet/shop/queue");
    }
}
