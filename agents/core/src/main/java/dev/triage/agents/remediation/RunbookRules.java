package dev.triage.agents.remediation;

import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The rules tier's choice of runbook for a root cause. The rules say only what kind of action would help (restart,
 * roll back, raise a limit, cordon), and none where acting would do harm or not help (a crash caused by configuration
 * is not cured by a restart); which runbook does that for the finding's category and kind is the catalog's answer:
 * the lowest-risk one among those addressing the category that acts on the target's kind with that step.
 */
final class RunbookRules {

    private static final Runbook.Step RESTART = new Runbook.Step("rollout-restart", null);
    private static final Runbook.Step UNDO = new Runbook.Step("rollout-undo", null);
    private static final Runbook.Step RAISE_MEMORY = new Runbook.Step("set-resources", "memory");
    private static final Runbook.Step RAISE_CPU = new Runbook.Step("set-resources", "cpu");
    private static final Runbook.Step CORDON = new Runbook.Step("cordon-node", null);

    /** A runbook for a target, and why. */
    record Choice(String runbook, ResourceRef target, String rationale) {}

    /** The kind of action that would help, on which target, and why. */
    record Need(Runbook.Step step, ResourceRef target, String rationale) {}

    private RunbookRules() {}

    /** @param addressing the catalog's runbooks for the finding's category */
    static Optional<Choice> choose(Finding finding, Collection<Runbook> addressing) {
        return need(finding).flatMap(need -> addressing.stream()
                .filter(r -> r.actsOn(need.target().kind()) && r.performs(need.step()))
                .min(Comparator.comparingInt(Runbook::riskRank).thenComparing(Runbook::id))
                .map(r -> new Choice(r.id(), need.target(), need.rationale())));
    }

    static Optional<Need> need(Finding finding) {
        ResourceRef workload = finding.owner() != null ? finding.owner() : finding.resource();
        return switch (finding.category()) {
            case OOM_KILLED ->
                Optional.of(new Need(RAISE_MEMORY, workload, "the container was OOMKilled at its memory limit"));
            case IMAGE_PULL, ROLLOUT_STUCK ->
                Optional.of(new Need(UNDO, workload, "the new revision cannot start; the previous one still serves"));
            case CRASH_LOOP ->
                Fixes.configCause(finding).isEmpty()
                        ? Optional.of(new Need(
                                RESTART,
                                workload,
                                "the crash shows no configuration cause; a restart may clear a transient fault"))
                        : Optional.empty();
            case PROBE_FAILURE ->
                finding.isRootCause() && livenessKilled(finding)
                        ? Optional.of(new Need(
                                RESTART,
                                workload,
                                "the liveness probe keeps killing a hung process; a restart clears its state"))
                        : Optional.empty();
            case RESOURCE_SATURATION ->
                "Node".equals(workload.kind()) ? Optional.empty() : Optional.of(saturation(finding, workload));
            case NODE_NOT_READY ->
                Optional.of(new Need(
                        CORDON, finding.resource(), "keep new pods off a node whose kubelet stopped reporting"));
            default -> Optional.empty();
        };
    }

    /** Memory climbing to its limit needs memory, CPU pinned at its limit needs CPU: the first metric quoted
     * says which. */
    private static Need saturation(Finding finding, ResourceRef workload) {
        boolean memory = finding.evidence().stream()
                .filter(e -> e.source() == Evidence.Source.METRIC)
                .findFirst()
                .map(e -> e.ref().contains("memory"))
                .orElse(false);
        return memory
                ? new Need(RAISE_MEMORY, workload, "memory climbs to the container's limit")
                : new Need(RAISE_CPU, workload, "CPU is pinned at the container's limit");
    }

    private static boolean livenessKilled(Finding finding) {
        return finding.evidence().stream()
                .anyMatch(e ->
                        e.quote().contains("Liveness probe failed") || e.quote().contains("failed liveness probe"));
    }
}
