package dev.triage.agents.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookRulesTest {

    private static Finding saturation(String metric, String quote) {
        ResourceRef search = new ResourceRef("Deployment", "shop", "search");
        return new Finding(
                Finding.idFor(Category.RESOURCE_SATURATION, search),
                "Deployment",
                "shop",
                "search",
                search,
                Category.RESOURCE_SATURATION,
                "saturated",
                List.of(
                        Evidence.metric("ContainerInsights " + metric + " shop/search", quote),
                        Evidence.metric("ContainerInsights pod_network_rx_bytes shop/search", "2x traffic")),
                Severity.HIGH,
                List.of(),
                null);
    }

    @Test
    void cpuPinnedAtItsLimitRaisesTheCpuLimit() {
        var choice = RunbookRules.choose(saturation("pod_cpu_utilization_over_pod_limit", "36% -> 98%"));

        assertThat(choice).get().extracting(RunbookRules.Choice::runbook).isEqualTo("raise-cpu-limit");
    }

    @Test
    void memoryClimbingToItsLimitRaisesTheMemoryLimitNotTheCpu() {
        var choice = RunbookRules.choose(saturation("pod_memory_utilization_over_pod_limit", "52% -> 97%"));

        assertThat(choice).get().extracting(RunbookRules.Choice::runbook).isEqualTo("raise-memory-limit");
    }
}
