package dev.triage.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.agents.master.SubAgent;
import dev.triage.agents.routing.Tier;
import dev.triage.agents.tools.ToolAccess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentsSettingsTest {

    @Test
    void rulesOnlyGivesEachAgentItsOwnServerAndNoModel() {
        AgentsSettings settings = AgentsSettings.rulesOnly(Map.of());

        assertThat(settings.access(SubAgent.DIAGNOSTIC)).isEqualTo(ToolAccess.all("eks"));
        assertThat(settings.access(SubAgent.ANALYSIS)).isEqualTo(ToolAccess.all("cloudwatch"));
        assertThat(settings.access(SubAgent.REMEDIATION)).isEqualTo(ToolAccess.all("runbook"));
        assertThat(settings.routing().defaultTier()).isEqualTo(Tier.RULES);
        assertThat(settings.toolTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anAgentsToolsCanBeAnAllowListOnAnotherServer() {
        AgentsSettings settings = new AgentsSettings(
                Map.of(), Map.of("diagnostic", List.of("eks-prod:find_unhealthy", "eks-prod:get_events")), null, null);

        assertThat(settings.access(SubAgent.DIAGNOSTIC))
                .isEqualTo(new ToolAccess("eks-prod", Set.of("find_unhealthy", "get_events")));
    }

    @Test
    void anUnknownAgentIsRefused() {
        assertThatThrownBy(() -> new AgentsSettings(Map.of(), Map.of("executor", List.of("runbook")), null, null))
                .hasMessageContaining("unknown agent 'executor'");
    }

    @Test
    void anAgentOnTwoServersIsRefused() {
        assertThatThrownBy(
                        () -> new AgentsSettings(Map.of(), Map.of("diagnostic", List.of("eks", "runbook")), null, null))
                .hasMessageContaining("exactly one MCP server");
    }

    @Test
    void aToolTimeoutMustBePositive() {
        assertThatThrownBy(() -> new AgentsSettings(Map.of(), null, null, Duration.ZERO))
                .hasMessageContaining("tool-timeout");
    }
}
