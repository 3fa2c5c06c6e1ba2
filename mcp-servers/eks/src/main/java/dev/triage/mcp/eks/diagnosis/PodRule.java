package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.Optional;

/** One way a pod can be unhealthy; the first rule that recognises a pod classifies it. */
@FunctionalInterface
interface PodRule {

    Optional<PodProblem> check(Pod pod, Inspection inspection);
}
