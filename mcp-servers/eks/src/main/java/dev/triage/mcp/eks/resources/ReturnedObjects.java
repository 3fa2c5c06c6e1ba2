package dev.triage.mcp.eks.resources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a tool may show of an object, decided by the kind the API server RETURNED, not the kind the call asked for:
 * whatever route reaches a Secret (a typed call, a generic resource, an item of a list), only its key names leave the
 * server. The arguments are checked before any call too; this is the second line.
 */
final class ReturnedObjects {

    private ReturnedObjects() {}

    /** {@code tree} (the object converted to maps, owned by the caller) made safe to show. */
    static Map<String, Object> view(Map<String, Object> tree) {
        if (isSecret(tree)) {
            return SecretView.of(tree);
        }
        if (tree.get("items") instanceof List<?> items) {
            Map<String, Object> list = new LinkedHashMap<>(tree);
            list.put("items", items.stream().map(ReturnedObjects::item).toList());
            return list;
        }
        return Redaction.apply(tree);
    }

    /** A Secret by its kind, or by what only a Secret carries when a kind is missing (stringData, or a Secret type). */
    static boolean isSecret(Map<?, ?> tree) {
        Object kind = tree.get("kind");
        if (kind instanceof String name) {
            return name.equalsIgnoreCase("Secret");
        }
        return tree.containsKey("stringData")
                || (tree.get("data") instanceof Map<?, ?>
                        && tree.get("type") instanceof String type
                        && (type.equals("Opaque") || type.startsWith("kubernetes.io/")));
    }

    @SuppressWarnings("unchecked")
    private static Object item(Object item) {
        return item instanceof Map<?, ?> map ? view(new LinkedHashMap<>((Map<String, Object>) map)) : item;
    }
}
