package dev.triage.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.kubernetes.snapshot.EmbeddedCluster;
import dev.triage.kubernetes.snapshot.Snapshot;
import dev.triage.kubernetes.snapshot.SnapshotLoader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The jar's commands as a user runs them: {@code snapshot} captures a (here: embedded) cluster reached through a
 * kubeconfig context, and {@code diagnose} investigates the captured directory — the offline incident artefact round
 * trip.
 */
class CliTest {

    /** fabric8 reads the kubeconfig this system property names before $KUBECONFIG and ~/.kube/config. */
    private static final String KUBECONFIG_PROPERTY = "kubeconfig";

    @TempDir
    Path home;

    private EmbeddedCluster cluster;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void startACluster() throws Exception {
        cluster = EmbeddedCluster.start(SnapshotLoader.load(BundledSnapshots.demo()));
        Path kubeconfig = home.resolve("kubeconfig");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: arn:aws:eks:us-east-1:123456789012:cluster/incident-eks
                  cluster: {server: "%s"}
                users:
                - name: oncall
                  user: {token: not-a-real-token}
                contexts:
                - name: incident
                  context: {cluster: "arn:aws:eks:us-east-1:123456789012:cluster/incident-eks", user: oncall}
                current-context: incident
                """.formatted(cluster.url()));
        System.setProperty(KUBECONFIG_PROPERTY, kubeconfig.toString());
    }

    @AfterEach
    void stopTheCluster() {
        System.clearProperty(KUBECONFIG_PROPERTY);
        cluster.close();
    }

    @Test
    void aCapturedNamespaceIsDiagnosedOfflineWithItsFailures() throws Exception {
        Path out = home.resolve("incident");

        int captured = run("snapshot", "--context", "incident", "--namespace", "shop", "--out", out.toString());

        assertThat(captured).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).contains("from incident-eks");
        Snapshot snapshot = SnapshotLoader.load(out);
        assertThat(snapshot.cluster()).isEqualTo("incident-eks");
        assertThat(snapshot.objects()).anyMatch(o -> o.getMetadata().getName().startsWith("cart-"));
        assertThat(snapshot.log("shop", podOf(snapshot, "cart-"), "cart", true)).isPresent();

        stdout.reset();
        int diagnosed = run("diagnose", "--snapshot", out.toString(), "--format", "json");

        assertThat(diagnosed).as(stderr.toString()).isZero();
        assertThat(stdout.toString())
                .contains("\"status\" : \"COMPLETED\"", "oom_killed/Deployment/shop/cart", "OOMKilled")
                .doesNotContain("payments/");
    }

    @Test
    void diagnoseOfSomethingThatIsNotASnapshotSaysWhyInOneLine() {
        int exit = run("diagnose", "--snapshot", home.resolve("nowhere").toString());

        assertThat(exit).isNotZero();
        assertThat(stderr.toString().strip()).startsWith("diagnose: ").doesNotContain("\n");
        assertThat(stdout.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad_NS", "-shop", "a/b", "shop.prod"})
    void diagnoseWithANamespaceThatCannotExistIsRefusedBeforeAnythingStarts(String namespace) {
        int exit = run("diagnose", "--namespace", namespace);

        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString().strip())
                .startsWith("diagnose: --namespace '" + namespace + "' is not a Kubernetes namespace name")
                .doesNotContain("\n");
        assertThat(stdout.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad_NS", "../../api/v1/namespaces/payments/secrets?x=", "shop#", "shop\nx"})
    void snapshotWithANamespaceThatCannotExistIsRefusedBeforeAnyClusterIsReached(String namespace) {
        int exit = run(
                "snapshot",
                "--namespace",
                namespace,
                "--out",
                home.resolve("out").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString().strip())
                .startsWith("snapshot: --namespace must be a DNS-1123 label")
                .doesNotContain("\n");
        assertThat(stdout.toString()).isEmpty();
    }

    @Test
    void snapshotRefusesADirectoryThatIsNotEmpty() throws Exception {
        Files.writeString(home.resolve("keep.txt"), "mine");

        int exit = run("snapshot", "--context", "incident", "--out", home.toString());

        assertThat(exit).isNotZero();
        assertThat(stderr.toString()).startsWith("snapshot: ");
        assertThat(home.resolve("keep.txt")).hasContent("mine");
    }

    private static String podOf(Snapshot snapshot, String prefix) {
        return snapshot.objects().stream()
                .filter(o ->
                        "Pod".equals(o.getKind()) && o.getMetadata().getName().startsWith(prefix))
                .findFirst()
                .orElseThrow()
                .getMetadata()
                .getName();
    }

    /** Captures what the command prints through picocli's writers; logs (on System.err, from any thread) stay out. */
    private int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        try {
            return new CommandLine(new TriageCommand()).setOut(out).setErr(err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
