package dev.triage.agents.remediation;

import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import java.util.Optional;

/**
 * The rules tier's choice of runbook for a root cause: a safe, reversible action where one fixes the problem, and
 * none where acting would do harm or not help (a crash caused by configuration is not cured by a restart).
 */
final class RunbookRules {

    /** A runbook for a target, and why. */
    record Choice(String runbook, ResourceRef target, String rationale) {}

    private RunbookRules() {}

    static Optional<Choice> choose(Finding finding) {
        ResourceRef workload = finding.owner() != null ? finding.owner() : finding.resource();
        boolean deployment = workload.kind().equals("Deployment");
        return switch (finding.category()) {
            case OOM_KILLED ->
                Optional.of(
                        new Choice("raise-memory-limit", workload, "the container was OOMKilled at its memory limit"));
            case IMAGE_PULL, ROLLOUT_STUCK ->
                deployment
                        ? Optional.of(new Choice(
                                "rollback-deployment",
                                workload,
                                "the new revision cannot start; the previous one still serves"))
                        : Optional.empty();
            case CRASH_LOOP ->
                deployment && Fixes.configCause(finding).isEmpty()
                        ? Optional.of(new Choice(
                                "restart-deployment",
                                workload,
                                "the crash shows no configuration cause; a restart may clear a transient fault"))
                        : Optional.empty();
            case PROBE_FAILURE ->
                deployment && finding.isRootCause() && livenessKilled(finding)
                        ? Optional.of(new Choice(
                                "restart-deployment",
                                workload,
                                "the liveness probe keeps killing a hung process; a restart clears its state"))
                        : Optional.empty();
            case RESOURCE_SATURATION -> deployment ? Optional.of(saturation(finding, workload)) : Optional.empty();
            case NODE_NOT_READY ->
                Optional.of(new Choice(
                        "cordon-node", finding.resource(), "keep new pods off a node whose kubelet stopped reporting"));
            default -> Optional.empty();
        };
    }

    /** Memory climbing to its limit needs memory, CPU pinned at its limit needs CPU: the first metric quoted
     * says which. */
    private static Choice saturation(Finding finding, ResourceRef workload) {
        boolean memory = finding.evidence().stream()
                .filter(e -> e.source() == Evidence.Source.METRIC)
                .findFirst()
                .map(e -> e.ref().contains("memory"))
                .orElse(false);
        return memory
                ? new Choice("raise-memory-limit", workload, "memory climbs to the container's limit")
                : new Choice("raise-cpu-limit", workload, "CPU is pinned at the container's limit");
    }

    private static boolean livenessKilled(Finding finding) {
        return finding.evidence().stream()
                .anyMatch(e ->
                        e.quote().contains("Liveness probe failed") || e.quote().contains("failed liveness probe"));
    }
}
