package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.List;
import java.util.Objects;

/** The PersistentVolumeClaims a pod mounts, as the ids of the volume findings that would explain its failure. */
final class ClaimCauses {

    private ClaimCauses() {}

    static List<String> of(Pod pod) {
        if (pod.getSpec() == null || pod.getSpec().getVolumes() == null) {
            return List.of();
        }
        return pod.getSpec().getVolumes().stream()
                .map(Volume::getPersistentVolumeClaim)
                .filter(Objects::nonNull)
                .map(claim -> Finding.idFor(
                        Category.VOLUME_ERROR,
                        new ResourceRef("PersistentVolumeClaim", Refs.namespace(pod), claim.getClaimName())))
                .toList();
    }
}
