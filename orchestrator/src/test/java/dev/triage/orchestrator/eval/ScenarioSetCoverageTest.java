package dev.triage.orchestrator.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the project's scenario set must cover for its pass rate to mean something: every category among the
 * scenarios that count, healthy controls, and only well-formed scenarios. {@code ScenarioSetIT} runs them.
 */
class ScenarioSetCoverageTest {

    private static final Path SCENARIOS = Path.of("../runbooks/eval");

    @Test
    void theSetHasAtLeast25WellFormedScenariosEachWithItsSnapshot() {
        List<Scenario> scenarios = Scenario.in(SCENARIOS);

        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(25);
        for (Scenario scenario : scenarios) {
            Expectation.read(scenario.expectationFile());
            assertThat(scenario.snapshot().resolve("snapshot.yaml"))
                    .as(scenario.name())
                    .isRegularFile();
            assertThat(Files.isDirectory(scenario.snapshot().resolve("logs"))
                            || Files.exists(scenario.snapshot().resolve("cluster")))
                    .as(scenario.name() + " has objects")
                    .isTrue();
        }
    }

    @Test
    void everyCategoryIsExpectedByAScenarioThatCounts() {
        Set<Category> covered = EnumSet.noneOf(Category.class);
        counting().forEach(e -> e.findings().stream()
                .map(FindingPattern::category)
                .filter(c -> c != null)
                .forEach(covered::add));

        assertThat(covered).containsExactlyInAnyOrder(Category.values());
    }

    @Test
    void healthyControlsExpectNoFindingAtAll() {
        assertThat(counting().filter(e -> Integer.valueOf(0).equals(e.maxFindings())))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    private static java.util.stream.Stream<Expectation> counting() {
        return Scenario.in(SCENARIOS).stream()
                .map(s -> Expectation.read(s.expectationFile()))
                .filter(e -> !e.isPending());
    }
}
