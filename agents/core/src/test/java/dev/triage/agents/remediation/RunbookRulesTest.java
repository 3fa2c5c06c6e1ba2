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

    private static final ResourceRef SEARCH = new ResourceRef("Deployment", "shop", "search");

    private static Finding finding(Category category, ResourceRef owner, Evidence... evidence) {
        return new Finding(
                Finding.idFor(category, owner),
                owner.kind(),
                owner.namespace(),
                owner.name(),
                owner,
                category,
                "broken",
                List.of(evidence),
                Severity.HIGH,
                List.of(),
                null);
    }

    private static Finding saturation(String metric, String quote) {
        return finding(
                Category.RESOURCE_SATURATION,
                SEARCH,
                Evidence.metric("ContainerInsights " + metric + " shop/search", quote),
                Evidence.metric("ContainerInsights pod_network_rx_bytes shop/search", "2x traffic"));
    }

    private static Runbook runbook(String id, String risk, List<String> targets, Runbook.Step... steps) {
        return new Runbook(id, List.of(), risk, List.of(), targets, List.of(steps));
    }

    private static final Runbook RAISE_CPU = runbook(
            "raise-cpu-limit",
            "medium",
            List.of("Deployment", "StatefulSet"),
            new Runbook.Step("set-resources", "cpu"));
    private static final Runbook RAISE_MEMORY = runbook(
            "raise-memory-limit",
            "medium",
            List.of("Deployment", "StatefulSet"),
            new Runbook.Step("set-resources", "memory"));
    private static final Runbook SCALE =
            runbook("scale-deployment", "low", List.of("Deployment"), new Runbook.Step("scale", null));
    private static final Runbook RESTART =
            runbook("restart-deployment", "low", List.of("Deployment"), new Runbook.Step("rollout-restart", null));
    private static final Runbook RESTART_STS =
            runbook("restart-statefulset", "low", List.of("StatefulSet"), new Runbook.Step("rollout-restart", null));
    private static final Runbook ROLLBACK =
            runbook("rollback-deployment", "medium", List.of("Deployment"), new Runbook.Step("rollout-undo", null));

    @Test
    void cpuPinnedAtItsLimitRaisesTheCpuLimit() {
        var choice = RunbookRules.choose(
                saturation("pod_cpu_utilization_over_pod_limit", "36% -> 98%"),
                List.of(SCALE, RAISE_CPU, RAISE_MEMORY));

        assertThat(choice).get().extracting(RunbookRules.Choice::runbook).isEqualTo("raise-cpu-limit");
    }

    @Test
    void memoryClimbingToItsLimitRaisesTheMemoryLimitNotTheCpu() {
        var choice = RunbookRules.choose(
                saturation("pod_memory_utilization_over_pod_limit", "52% -> 97%"),
                List.of(SCALE, RAISE_CPU, RAISE_MEMORY));

        assertThat(choice).get().extracting(RunbookRules.Choice::runbook).isEqualTo("raise-memory-limit");
    }

    @Test
    void whenTheCatalogHasNoRunbookThatDoesWhatIsNeededNothingIsChosen() {
        var choice =
                RunbookRules.choose(saturation("pod_memory_utilization_over_pod_limit", "52% -> 97%"), List.of(SCALE));

        assertThat(choice).isEmpty();
    }

    @Test
    void theRunbookIsTheOneThatActsOnTheWorkloadsKind() {
        ResourceRef redis = new ResourceRef("StatefulSet", "shop", "redis");
        Finding crash = finding(Category.CRASH_LOOP, redis, Evidence.log("log shop/redis-0/redis", "panic: boom"));

        var choice = RunbookRules.choose(crash, List.of(RESTART, ROLLBACK, RESTART_STS));

        assertThat(choice).get().satisfies(c -> {
            assertThat(c.runbook()).isEqualTo("restart-statefulset");
            assertThat(c.target()).isEqualTo(redis);
        });
    }

    @Test
    void aCrashLoopRestartsUnlessItsLogNamesConfigurationAndTheLowerRiskRunbookWins() {
        Finding transient_ = finding(Category.CRASH_LOOP, SEARCH, Evidence.log("log", "panic: nil map"));
        Finding configured = finding(
                Category.CRASH_LOOP,
                SEARCH,
                Evidence.log("log", "FATAL: environment variable DATABASE_URL is not set"));

        assertThat(RunbookRules.choose(transient_, List.of(ROLLBACK, RESTART)))
                .get()
                .extracting(RunbookRules.Choice::runbook)
                .isEqualTo("restart-deployment");
        assertThat(RunbookRules.choose(configured, List.of(ROLLBACK, RESTART))).isEmpty();
    }

    @Test
    void aBadImageRollsBackOnlyWhereTheCatalogCanRollBack() {
        ResourceRef sts = new ResourceRef("StatefulSet", "shop", "redis");
        Evidence pull = Evidence.status("status", "ImagePullBackOff");

        assertThat(RunbookRules.choose(finding(Category.IMAGE_PULL, SEARCH, pull), List.of(ROLLBACK, RESTART)))
                .get()
                .extracting(RunbookRules.Choice::runbook)
                .isEqualTo("rollback-deployment");
        assertThat(RunbookRules.choose(finding(Category.IMAGE_PULL, sts, pull), List.of(ROLLBACK, RESTART)))
                .isEmpty();
    }

    @Test
    void aSaturatedNodeHasNoContainerLimitToRaise() {
        ResourceRef node = new ResourceRef("Node", null, "ip-10-0-2-19.ec2.internal");
        Finding disk = new Finding(
                Finding.idFor(Category.RESOURCE_SATURATION, node),
                "Node",
                null,
                node.name(),
                null,
                Category.RESOURCE_SATURATION,
                "disk pressure",
                List.of(Evidence.status("Node status.conditions[DiskPressure]", "True")),
                Severity.HIGH,
                List.of(),
                null);

        assertThat(RunbookRules.need(disk)).isEmpty();
        assertThat(RunbookRules.choose(disk, List.of(RAISE_CPU, RAISE_MEMORY, SCALE)))
                .isEmpty();
    }
}
