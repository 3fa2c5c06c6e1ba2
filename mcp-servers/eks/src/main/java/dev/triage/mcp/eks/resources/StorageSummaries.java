package dev.triage.mcp.eks.resources;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;

/** Claims and volumes: phase, capacity, class, and what is bound to what. */
final class StorageSummaries {

    private StorageSummaries() {}

    static String of(PersistentVolumeClaim claim) {
        var spec = claim.getSpec();
        var status = claim.getStatus();
        return Fields.of()
                .add("phase", status == null ? null : status.getPhase())
                .add("capacity", status == null ? null : storage(status.getCapacity()))
                .add(
                        "requested",
                        spec == null || spec.getResources() == null
                                ? null
                                : storage(spec.getResources().getRequests()))
                .add("class", spec == null ? null : spec.getStorageClassName())
                .add("volume", spec == null ? null : spec.getVolumeName())
                .add("access", spec == null ? null : String.join(",", spec.getAccessModes()))
                .toString();
    }

    static String of(PersistentVolume volume) {
        var spec = volume.getSpec();
        return Fields.of()
                .add(
                        "phase",
                        volume.getStatus() == null ? null : volume.getStatus().getPhase())
                .add("capacity", spec == null ? null : storage(spec.getCapacity()))
                .add("class", spec == null ? null : spec.getStorageClassName())
                .add(
                        "claim",
                        spec == null || spec.getClaimRef() == null
                                ? null
                                : spec.getClaimRef().getNamespace() + "/"
                                        + spec.getClaimRef().getName())
                .add("reclaim", spec == null ? null : spec.getPersistentVolumeReclaimPolicy())
                .toString();
    }

    private static String storage(Map<String, Quantity> quantities) {
        Quantity storage = quantities == null ? null : quantities.get("storage");
        return storage == null ? null : storage.toString();
    }
}
