package dev.triage.mcp.eks.resources;

import io.fabric8.kubernetes.api.model.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What any tool may say about a Secret: its name, type and key names. Built from those fields alone rather than by
 * removing values from the object, so nothing new in a Secret (an annotation holding the last applied manifest, a
 * new field) can leak through.
 */
final class SecretView {

    private SecretView() {}

    static List<String> keys(Secret secret) {
        var keys = new TreeSet<String>();
        keys.addAll(secret.getData() == null ? List.of() : secret.getData().keySet());
        keys.addAll(
                secret.getStringData() == null
                        ? List.of()
                        : secret.getStringData().keySet());
        return List.copyOf(keys);
    }

    static Map<String, Object> of(Secret secret) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", secret.getMetadata().getName());
        metadata.put("namespace", secret.getMetadata().getNamespace());
        metadata.put("creationTimestamp", secret.getMetadata().getCreationTimestamp());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("apiVersion", secret.getApiVersion());
        view.put("kind", "Secret");
        view.put("metadata", metadata);
        view.put("type", secret.getType());
        view.put("keys", keys(secret));
        view.put("note", "Secret values are never returned; only the key names");
        return view;
    }
}
