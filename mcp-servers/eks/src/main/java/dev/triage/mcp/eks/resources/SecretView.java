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
        return keys(secret.getData(), secret.getStringData());
    }

    /** The view of a Secret as the API returned it, typed or not (a generic resource, an item of a list). */
    static Map<String, Object> of(Map<?, ?> secret) {
        Map<?, ?> source = secret.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", source.get("name"));
        metadata.put("namespace", source.get("namespace"));
        metadata.put("creationTimestamp", source.get("creationTimestamp"));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("apiVersion", secret.get("apiVersion"));
        view.put("kind", "Secret");
        view.put("metadata", metadata);
        view.put("type", secret.get("type") instanceof String type ? type : null);
        view.put("keys", keys(secret.get("data"), secret.get("stringData")));
        view.put("note", "Secret values are never returned; only the key names");
        return view;
    }

    private static List<String> keys(Object data, Object stringData) {
        var keys = new TreeSet<String>();
        for (Object values : List.of(data == null ? Map.of() : data, stringData == null ? Map.of() : stringData)) {
            if (values instanceof Map<?, ?> map) {
                map.keySet().forEach(key -> keys.add(String.valueOf(key)));
            }
        }
        return List.copyOf(keys);
    }
}
