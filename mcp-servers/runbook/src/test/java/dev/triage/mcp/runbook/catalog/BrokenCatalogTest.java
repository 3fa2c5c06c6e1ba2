package dev.triage.mcp.runbook.catalog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.runbook.library.LibraryFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken library file stops the load with a message naming the file and the field. */
class BrokenCatalogTest {

    private static final String VALID = """
            id: restart-deployment
            title: Restart
            description: Rolling restart.
            categories: [CRASH_LOOP]
            targets: [Deployment]
            risk: low
            parameters:
              - name: timeout
                type: duration
                default: 10m
                description: How long to wait.
            steps:
              - action: rollout-restart
              - action: wait-for-rollout
                with: {timeout: "${timeout}"}
            verification: Available.
            rollback: Nothing.
            """;

    @Test
    void theValidFixtureLoads() {
        CatalogLoader.load(withRestart(VALID), List.of());
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertRefused(
                VALID.replace("risk: low", "risk: low\nowner: me"),
                "catalog/restart-deployment.yaml: owner: unknown field 'owner'");
    }

    @Test
    void anUnknownParameterTypeIsNamedWithItsPosition() {
        assertRefused(
                VALID.replace("type: duration", "type: durationn"),
                "catalog/restart-deployment.yaml: parameters[0].type: must be one of string, int, quantity, "
                        + "duration, bool, enum, got durationn");
    }

    @Test
    void anActionOutsideTheVocabularyIsRefused() {
        assertRefused(
                VALID.replace("action: rollout-restart", "action: exec-shell"),
                "catalog/restart-deployment.yaml: steps[0].action: must be one of rollout-restart, scale");
    }

    @Test
    void aReferenceToAnUndeclaredParameterIsRefused() {
        assertRefused(
                VALID.replace("${timeout}", "${wait}"),
                "steps[1].with.timeout: refers to ${wait}, which is not a parameter of this runbook");
    }

    @Test
    void aReferenceToAParameterOfAnotherTypeIsRefused() {
        assertRefused(
                VALID.replace("type: duration", "type: int").replace("default: 10m", "default: \"10\""),
                "steps[1].with.timeout: 'timeout' is duration but ${timeout} is int");
    }

    @Test
    void anActionThatCannotActOnTheTargetKindIsRefused() {
        assertRefused(
                VALID.replace("targets: [Deployment]", "targets: [Node]"),
                "steps[0].action: rollout-restart cannot act on [Node]");
    }

    @Test
    void aDefaultOutsideItsTypeIsRefused() {
        assertRefused(
                VALID.replace("default: 10m", "default: soon"),
                "parameters[0].default: must be a duration such as 90s, 10m or 1h30m, got 'soon'");
    }

    @Test
    void anUnknownCategoryIsRefused() {
        assertRefused(
                VALID.replace("[CRASH_LOOP]", "[CRASHING]"), "categories[0]: 'CRASHING' is not a finding category");
    }

    @Test
    void anIdThatDoesNotMatchTheFileNameIsRefused() {
        assertRefused(
                VALID.replace("id: restart-deployment", "id: restart-everything"),
                "catalog/restart-deployment.yaml: id: must match the file name restart-deployment");
    }

    @Test
    void aRunbookWithoutMutatingStepsIsRefused() {
        assertRefused(VALID.replace("  - action: rollout-restart\n", ""), "steps: no step changes anything");
    }

    @Test
    void aCatalogMissingARequiredRunbookIsRefused() {
        assertThatThrownBy(() -> CatalogLoader.load(
                        List.of(new SourceFile("catalog/restart-deployment.yaml", VALID)), List.of()))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("the catalog lacks the required runbooks [cordon-node, delete-pod");
    }

    @Test
    void aGuideLeadingToAnUnknownRunbookIsRefused() {
        var guide = new SourceFile("guides/x.md", "---\ntitle: X\nalerts: [X]\nrunbooks: [reboot-node]\n---\nbody\n");

        assertThatThrownBy(() -> CatalogLoader.load(withRestart(VALID), List.of(guide)))
                .hasMessageContaining("guides/x.md: runbooks: 'reboot-node' is not in the catalog");
    }

    @Test
    void aGuideWithoutFrontMatterIsRefused() {
        var guide = new SourceFile("guides/x.md", "# Just text\n");

        assertThatThrownBy(() -> CatalogLoader.load(withRestart(VALID), List.of(guide)))
                .hasMessageContaining("guides/x.md: a guide starts with front matter");
    }

    @Test
    void notYamlAtAllIsRefusedWithTheFileName() {
        assertRefused("id: [unclosed\n", "catalog/restart-deployment.yaml: ");
    }

    /** The shipped catalog, with restart-deployment.yaml replaced by {@code restart}. */
    private static List<SourceFile> withRestart(String restart) {
        List<SourceFile> files = new ArrayList<>(LibraryFiles.fromClasspath().runbooks().stream()
                .filter(file -> !file.path().endsWith("/restart-deployment.yaml"))
                .toList());
        files.add(new SourceFile("catalog/restart-deployment.yaml", restart));
        return files;
    }

    private static void assertRefused(String restart, String message) {
        assertThatThrownBy(() -> CatalogLoader.load(withRestart(restart), List.of()))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining(message);
    }
}
