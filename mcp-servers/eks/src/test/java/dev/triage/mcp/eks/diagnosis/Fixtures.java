package dev.triage.mcp.eks.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.snapshot.EmbeddedCluster;
import dev.triage.kubernetes.snapshot.SnapshotLoader;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Diagnoses the fixture snapshots under {@code src/test/resources/fixtures/} through an embedded cluster. */
final class Fixtures {

    private Fixtures() {}

    static Diagnosis diagnose(String scenario, String namespace) {
        try (EmbeddedCluster cluster = EmbeddedCluster.start(SnapshotLoader.load(path(scenario)))) {
            return new Diagnoser(cluster.client(), cluster.clock()).diagnose(namespace);
        }
    }

    static Path path(String scenario) {
        URL url = Objects.requireNonNull(Fixtures.class.getResource("/fixtures/" + scenario), scenario);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> ids(Diagnosis diagnosis) {
        return diagnosis.findings().stream().map(Finding::id).toList();
    }

    static Finding finding(Diagnosis diagnosis, String id) {
        return diagnosis.findings().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id + " in " + ids(diagnosis)));
    }

    /** The quote of the evidence at {@code ref}, which must be there. */
    static String quote(Finding finding, String ref) {
        return finding.evidence().stream()
                .filter(e -> e.ref().equals(ref))
                .map(Evidence::quote)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no evidence " + ref + " in " + finding.evidence()));
    }

    static List<String> quotes(Finding finding, Evidence.Source source) {
        return finding.evidence().stream()
                .filter(e -> e.source() == source)
                .map(Evidence::quote)
                .toList();
    }

    static void assertNoFindings(Diagnosis diagnosis) {
        assertThat(diagnosis.findings()).as("findings").isEmpty();
    }
}
