package dev.triage.agents.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.trail.Trail;
import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Reading {@code analyze_workload}'s answer: the findings, the OOM lead-ups linked, the notes kept. */
class MetricFindingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ResourceRef CART = new ResourceRef("Deployment", "shop", "cart");
    private static final ResourceRef SEARCH = new ResourceRef("Deployment", "shop", "search");

    private final Trail trail = Trail.silent();

    @Test
    void aMemoryClimbMarkedAsAnOomLeadUpBecomesASymptomOfThatWorkloadsKill() {
        Finding climb = saturation(CART, "pod_memory_utilization_over_pod_limit cart: 55% 08:45 → 98% 09:05");
        Finding cpu = saturation(SEARCH, "pod_cpu_utilization_over_pod_limit search: 35% before 09:30 → 98%");

        List<Finding> found = MetricFindings.parse(answer(List.of(climb, cpu), List.of(climb.id())), trail);

        assertThat(found).containsExactly(climb.causedBy("oom_killed/Deployment/shop/cart"), cpu);
    }

    @Test
    void theAnswersNotesAndTruncationReachTheTrail() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("findings", List.of());
        answer.put("notes", List.of("Container Insights names workloads, not their kind"));
        answer.put("truncated", "[truncated: showing 60 of 75 items; name a workload to see its series]");

        assertThat(MetricFindings.parse(JSON.writeValueAsString(answer), trail)).isEmpty();
        assertThat(trail.notes())
                .containsExactly(
                        "analysis: Container Insights names workloads, not their kind",
                        "analysis: [truncated: showing 60 of 75 items; name a workload to see its series]");
    }

    @Test
    void anAnswerThatIsNotAnAnalysisIsANoteAndNoFindings() {
        assertThat(MetricFindings.parse("{\"findings\":[{\"id\":\"x\"}]}", trail))
                .isEmpty();
        assertThat(trail.notes()).singleElement().asString().contains("not an analysis");
    }

    private static Finding saturation(ResourceRef resource, String quote) {
        return new Finding(
                Finding.idFor(Category.RESOURCE_SATURATION, resource),
                resource.kind(),
                resource.namespace(),
                resource.name(),
                resource,
                Category.RESOURCE_SATURATION,
                resource.name() + ": saturated",
                List.of(Evidence.metric("ContainerInsights " + resource.name(), quote)),
                Severity.HIGH,
                List.of(),
                null);
    }

    private static String answer(List<Finding> findings, List<String> leadUps) {
        return JSON.writeValueAsString(Map.of("findings", findings, "oomLeadUps", leadUps));
    }
}
