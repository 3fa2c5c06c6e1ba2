package dev.triage.mcp.runbook.execution;

import dev.triage.mcp.runbook.catalog.Durations;
import dev.triage.mcp.runbook.catalog.Runbook;
import dev.triage.mcp.runbook.catalog.RunbookCatalog;
import dev.triage.mcp.runbook.catalog.Step;
import dev.triage.mcp.runbook.proposal.PlanStep;
import dev.triage.mcp.runbook.proposal.Proposal;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one planned step through the Kubernetes API: changes by sending the planned patch (or deleting the pod),
 * checks by polling the object's status for at most the runbook's timeout. A cluster with no controllers (a snapshot
 * served by the embedded API server) never rolls anything out: there a check observes nothing, so it ends
 * UNVERIFIED (not failed: the change was applied; not verified: nothing showed that it took effect), and says so.
 */
public final class StepRunner {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final RunbookCatalog catalog;
    private final Patches patches;
    private final Checks checks;
    private final boolean withoutControllers;

    public StepRunner(RunbookCatalog catalog, KubernetesClient client, boolean withoutControllers) {
        this.catalog = catalog;
        this.patches = new Patches(client);
        this.checks = new Checks(client);
        this.withoutControllers = withoutControllers;
    }

    StepResult run(Proposal proposal, int index, PlanStep step) {
        return switch (step.action()) {
            case "wait-for-rollout", "verify-condition" -> check(proposal, index, step);
            case "delete-pod" -> new StepResult("DONE", patches.deletePod(step.object()));
            default -> new StepResult("DONE", patches.apply(step));
        };
    }

    private StepResult check(Proposal proposal, int index, PlanStep step) {
        if (withoutControllers) {
            return new StepResult(
                    "UNVERIFIED",
                    Map.of(
                            "note",
                            "not verified: the embedded cluster runs no controllers, so the change is applied to the "
                                    + "object's spec and no rollout or condition can be observed"));
        }
        Duration timeout =
                argument(proposal, index, "timeout").flatMap(Durations::parse).orElse(DEFAULT_TIMEOUT);
        Map<String, Object> observed = step.action().equals("wait-for-rollout")
                ? checks.rolledOut(step.object(), timeout)
                : checks.condition(
                        step.object(),
                        argument(proposal, index, "condition").orElseThrow(),
                        argument(proposal, index, "status").orElse("True"),
                        timeout);
        return new StepResult("VERIFIED", observed);
    }

    /** A step argument of the runbook, with a {@code ${param}} reference resolved from the effective params. */
    private Optional<String> argument(Proposal proposal, int index, String name) {
        Runbook runbook = catalog.find(proposal.runbook()).orElseThrow();
        String value = runbook.steps().get(index).arguments().get(name);
        if (value == null) {
            return Optional.empty();
        }
        return Step.reference(value).map(param -> proposal.params().get(param)).or(() -> Optional.of(value));
    }
}
