package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Ownership chains (Pod → ReplicaSet → Deployment, Pod → Job → CronJob, ...) resolved in memory. */
final class Owners {

    /** Chains are short; the bound only protects against a malformed cycle of ownerReferences. */
    private static final int MAX_DEPTH = 8;

    private final Map<String, HasMetadata> byUid = new HashMap<>();
    private final Map<String, HasMetadata> byKey = new HashMap<>();

    Owners(List<? extends HasMetadata> controllers) {
        for (HasMetadata controller : controllers) {
            if (controller.getMetadata().getUid() != null) {
                byUid.put(controller.getMetadata().getUid(), controller);
            }
            byKey.put(
                    key(
                            Refs.kind(controller),
                            Refs.namespace(controller),
                            controller.getMetadata().getName()),
                    controller);
        }
    }

    /** The top of the chain: the object itself when nothing controls it. */
    ResourceRef top(HasMetadata object) {
        HasMetadata current = object;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<OwnerReference> owner = controllerOf(current);
            if (owner.isEmpty()) {
                return Refs.of(current);
            }
            HasMetadata next = lookUp(owner.get(), Refs.namespace(current));
            if (next == null) {
                return new ResourceRef(
                        owner.get().getKind(),
                        Refs.namespace(current),
                        owner.get().getName());
            }
            current = next;
        }
        return Refs.of(current);
    }

    private HasMetadata lookUp(OwnerReference owner, String namespace) {
        HasMetadata found = owner.getUid() == null ? null : byUid.get(owner.getUid());
        return found != null ? found : byKey.get(key(owner.getKind(), namespace, owner.getName()));
    }

    /** Mirror pods are "owned" by their Node, which is not a controller of the workload. */
    private static Optional<OwnerReference> controllerOf(HasMetadata object) {
        List<OwnerReference> refs = object.getMetadata().getOwnerReferences();
        if (refs == null || refs.isEmpty()) {
            return Optional.empty();
        }
        return refs.stream()
                .filter(r -> Boolean.TRUE.equals(r.getController()))
                .findFirst()
                .or(() -> Optional.of(refs.getFirst()))
                .filter(r -> !"Node".equals(r.getKind()));
    }

    private static String key(String kind, String namespace, String name) {
        return kind + "|" + namespace + "|" + name;
    }
}
