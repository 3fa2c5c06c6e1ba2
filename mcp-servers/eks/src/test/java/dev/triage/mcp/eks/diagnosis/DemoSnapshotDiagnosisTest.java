package dev.triage.mcp.eks.diagnosis;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.kubernetes.snapshot.EmbeddedCluster;
import dev.triage.kubernetes.snapshot.Snapshot;
import dev.triage.kubernetes.snapshot.SnapshotLoader;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled demo snapshot plants twenty failures; the analyzers find exactly those, linked as the data shows. */
class DemoSnapshotDiagnosisTest {

    private static final String PVC = "volume_error/PersistentVolumeClaim/data/data-postgres-0";
    private static final String CATALOG = "service_no_endpoints/Service/shop/catalog";
    private static final String IMAGE = "image_pull/Deployment/shop/recommendations";
    private static final String DISK = "resource_saturation/Node/ip-10-0-2-19.ec2.internal";

    /** id → the cause it is linked to (null for a root cause) and a piece of one quoted piece of evidence. */
    private static final Map<String, Expected> TABLE = Map.ofEntries(
            entry("oom_killed/Deployment/shop/cart", root("OOMKilled")),
            entry(
                    "crash_loop/Deployment/payments/payment-api",
                    root("FATAL: environment variable DATABASE_URL is not set; refusing to start")),
            entry(IMAGE, root("rpc error: code = NotFound")),
            entry("rollout_stuck/Deployment/shop/recommendations", symptom(IMAGE, "has timed out progressing.")),
            entry("config_error/Deployment/shop/checkout", root("configmap \"checkout-config\" not found")),
            entry(
                    "config_error/Deployment/payments/ledger-worker",
                    root("couldn't find key password in Secret payments/ledger-db")),
            entry("unschedulable/Deployment/data/etl-worker", root("2 Insufficient memory.")),
            entry(PVC, root("storageclass.storage.k8s.io \"gp3-encrypted\" not found")),
            entry(
                    "unschedulable/StatefulSet/data/postgres",
                    symptom(PVC, "pod has unbound immediate PersistentVolumeClaims")),
            entry(CATALOG, root("app=catalog, tier=backend")),
            entry(
                    "probe_failure/Deployment/shop/frontend",
                    symptom(CATALOG, "Readiness probe failed: HTTP probe failed with statuscode: 503")),
            entry(
                    "probe_failure/Deployment/payments/notifications",
                    root("Liveness probe failed: Get \"http://10.0.1.57:8080/healthz\": context deadline exceeded")),
            entry(
                    "init_failure/Deployment/payments/fraud-detector",
                    root("ERROR: permission denied for schema public")),
            entry(
                    "job_failed/CronJob/data/nightly-report",
                    root("psycopg2.OperationalError: connection to server at \"analytics-db.data.svc.cluster.local\"")),
            entry("quota_exceeded/Deployment/data/ingest", root("exceeded quota: data-quota")),
            entry("node_not_ready/Node/ip-10-0-3-47.ec2.internal", root("Kubelet stopped posting node status.")),
            entry(DISK, root("kubelet has disk pressure")),
            entry(
                    "evicted/Deployment/shop/image-resizer",
                    symptom(DISK, "The node was low on resource: ephemeral-storage.")),
            entry("config_error/Deployment/monitoring/grafana", root("secret \"grafana-tls\" not found")),
            entry("config_error/Ingress/shop/storefront", root("promo")));

    private static Snapshot snapshot;
    private static EmbeddedCluster cluster;
    private static Diagnosis whole;

    @BeforeAll
    static void diagnoseTheWholeDemoCluster() {
        snapshot = SnapshotLoader.load(BundledSnapshots.demo());
        cluster = EmbeddedCluster.start(snapshot);
        whole = diagnose(null);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void theFindingsAreExactlyThePlantedFailures() {
        assertThat(Fixtures.ids(whole)).containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    }

    @Test
    void eachFindingIsLinkedAsTheEvidenceShowsAndQuotesIt() {
        for (Finding finding : whole.findings()) {
            Expected expected = TABLE.get(finding.id());
            assertThat(finding.id()).isEqualTo(Finding.idFor(finding.category(), finding.resource()));
            assertThat(finding.causedBy()).as("cause of %s", finding.id()).isEqualTo(expected.causedBy());
            assertThat(finding.evidence())
                    .as("evidence of %s", finding.id())
                    .extracting(Evidence::quote)
                    .anyMatch(quote -> quote.contains(expected.quote()));
        }
    }

    @Test
    void rootCausesComeFirstMostSevereFirstThenSymptoms() {
        List<Finding> findings = whole.findings();
        int firstSymptom = findings.indexOf(
                findings.stream().filter(f -> !f.isRootCause()).findFirst().orElseThrow());

        assertThat(findings.subList(0, firstSymptom)).allMatch(Finding::isRootCause);
        assertThat(findings.subList(firstSymptom, findings.size())).noneMatch(Finding::isRootCause);
        assertThat(findings.subList(0, firstSymptom))
                .extracting(Finding::severity)
                .isSorted();
    }

    @Test
    void workloadFindingsNameTheirOwnerAndThePodsTheyGroup() {
        Finding cart = Fixtures.finding(whole, "oom_killed/Deployment/shop/cart");

        assertThat(cart.owner()).isEqualTo(cart.resource());
        assertThat(cart.pods()).hasSize(2);
        assertThat(Fixtures.finding(whole, "job_failed/CronJob/data/nightly-report")
                        .pods())
                .hasSize(3);
        assertThat(Fixtures.finding(whole, PVC).owner()).isNull();
    }

    @Test
    void noSecretValueAppearsInAnyFinding() {
        List<String> values = snapshot.objects().stream()
                .filter(Secret.class::isInstance)
                .map(Secret.class::cast)
                .flatMap(s -> s.getData() == null ? Stream.empty() : s.getData().values().stream())
                .flatMap(v -> Stream.of(v, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)))
                .filter(v -> v.length() >= 6)
                .toList();

        assertThat(values).isNotEmpty();
        assertThat(whole.findings().toString()).doesNotContain(values);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop", "payments", "data", "monitoring", "kube-system", "ingress-nginx", "default"})
    void aNamespacesDiagnosisHasTheSameFindingsForItAsTheWholeClustersDiagnosis(String namespace) {
        List<Finding> inNamespace = whole.findings().stream()
                .filter(f -> namespace.equals(f.namespace()))
                .toList();

        assertThat(diagnose(namespace).findings().stream().filter(f -> namespace.equals(f.namespace())))
                .containsExactlyElementsOf(inNamespace);
    }

    private static Diagnosis diagnose(String namespace) {
        return new Diagnoser(cluster.client(), cluster.clock()).diagnose(namespace);
    }

    private static Expected root(String quote) {
        return new Expected(null, quote);
    }

    private static Expected symptom(String cause, String quote) {
        return new Expected(cause, quote);
    }

    private record Expected(String causedBy, String quote) {}
}
