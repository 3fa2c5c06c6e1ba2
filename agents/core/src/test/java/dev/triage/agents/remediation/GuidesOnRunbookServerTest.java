package dev.triage.agents.remediation;

import static dev.triage.agents.testing.Fixtures.cartOom;
import static dev.triage.agents.testing.Fixtures.paymentApiCrash;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.testing.DemoServers;
import dev.triage.agents.testing.ScriptedChatModel;
import dev.triage.agents.tools.McpServers;
import dev.triage.agents.tools.ToolAccess;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Category;
import dev.triage.model.GuideCitation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guides under runbooks/guides, read through the real runbook server's find_guides. */
class GuidesOnRunbookServerTest {

    private static final Inquiry QUESTION = new Inquiry("what is wrong?", null, null);

    private static DemoServers servers;
    private static McpServers clients;

    @BeforeAll
    static void start() {
        servers = DemoServers.start();
        clients = McpServers.over(servers.urls(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        clients.close();
        servers.close();
    }

    @Test
    void eachRootCausesCategoryCitesTheGuideWhoseMainSubjectItIs() {
        RemediationPlan plan = agent(Optional.empty(), Trail.silent())
                .propose(QUESTION, List.of(cartOom(), paymentApiCrash()), Optional.empty());

        assertThat(plan.guides())
                .containsExactly(
                        new GuideCitation(
                                "container-oom-killed",
                                "Container OOMKilled",
                                Category.OOM_KILLED,
                                List.of(cartOom().id())),
                        new GuideCitation(
                                "pod-crash-looping",
                                plan.guides().get(1).title(),
                                Category.CRASH_LOOP,
                                List.of(paymentApiCrash().id())));
        assertThat(plan.guides().get(1).title()).isNotBlank();
    }

    @Test
    void onAModelTierTheGuideIsInTheRemediationAgentsContext() {
        ScriptedChatModel model = ScriptedChatModel.of().thenText("{\"proposals\":[]}");

        agent(Optional.of(model), Trail.silent()).propose(QUESTION, List.of(cartOom()), Optional.empty());

        assertThat(model.sentTexts()).anySatisfy(text -> assertThat(text)
                .contains("The investigation guide for OOM_KILLED, EVICTED (container-oom-killed)")
                .contains("# Container OOMKilled")
                .contains("Leak or load?"));
    }

    private static RemediationAgent agent(Optional<ScriptedChatModel> model, Trail trail) {
        var tools = clients.tools(ToolAccess.all("runbook"), trail).orElseThrow();
        return new RemediationAgent(tools, model.map(m -> m), trail, "inv-guides");
    }
}
