package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PersistentVolumeClaims that cannot get a volume (Pending with a provisioning or binding failure) or lost theirs.
 * A claim Pending without a warning is waiting for its first consumer, as designed.
 */
final class VolumeClaimAnalyzer implements Analyzer {

    private static final Set<String> FAILURES = Set.of("ProvisioningFailed", "FailedBinding", "VolumeMismatch");

    @Override
    public List<Detected> analyze(Inspection inspection) {
        return inspection.state().all(PersistentVolumeClaim.class).stream()
                .flatMap(claim -> failure(claim, inspection.state()).stream())
                .map(Detected::rootCause)
                .toList();
    }

    private static Optional<Finding> failure(PersistentVolumeClaim claim, ClusterState state) {
        String phase = claim.getStatus() == null ? null : claim.getStatus().getPhase();
        Optional<Event> warning = state.events().about(claim).stream()
                .filter(e -> "Warning".equals(e.getType()) && FAILURES.contains(String.valueOf(e.getReason())))
                .filter(e -> e.getMessage() != null)
                .findFirst();
        if (!"Lost".equals(phase) && !("Pending".equals(phase) && warning.isPresent())) {
            return Optional.empty();
        }
        ResourceRef ref = Refs.of(claim);
        String summary = "PersistentVolumeClaim " + ref.name() + " is " + phase
                + warning.map(e -> ": " + e.getMessage()).orElse(": its volume is lost");
        ResourceRef owner = state.topOwner(claim);
        return Optional.of(Findings.of(
                Category.VOLUME_ERROR,
                ref,
                owner.equals(ref) ? null : owner,
                summary,
                evidence(claim, phase, warning),
                Severity.HIGH,
                List.of()));
    }

    private static List<Evidence> evidence(PersistentVolumeClaim claim, String phase, Optional<Event> warning) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.status(Refs.field(claim, "status.phase"), phase));
        String storageClass = claim.getSpec() == null ? null : claim.getSpec().getStorageClassName();
        if (storageClass != null) {
            evidence.add(Evidence.spec(Refs.field(claim, "spec.storageClassName"), storageClass));
        }
        warning.ifPresent(e -> evidence.add(Evidence.event(Refs.event(e), e.getMessage())));
        return evidence;
    }
}
