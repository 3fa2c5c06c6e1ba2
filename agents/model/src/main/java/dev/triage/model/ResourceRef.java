package dev.triage.model;

import java.util.Objects;

/**
 * Names a Kubernetes object. {@code namespace} is null for cluster-scoped kinds (Node, PersistentVolume).
 */
public record ResourceRef(String kind, String namespace, String name) {

    public ResourceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** {@code Kind/namespace/name}, or {@code Kind/name} when cluster-scoped. */
    @Override
    public String toString() {
        return namespace == null ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }
}
