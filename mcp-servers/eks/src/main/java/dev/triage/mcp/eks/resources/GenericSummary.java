package dev.triage.mcp.eks.resources;

import java.util.List;
import java.util.Map;

/**
 * Any other kind, custom resources included: {@code status.phase} and {@code status.conditions} when the object has
 * them, which most controllers follow.
 */
final class GenericSummary {

    private GenericSummary() {}

    static String of(Map<?, ?> object) {
        if (!(object.get("status") instanceof Map<?, ?> status)) {
            return "";
        }
        List<Map<?, ?>> conditions = status.get("conditions") instanceof List<?> list
                ? list.stream()
                        .filter(Map.class::isInstance)
                        .<Map<?, ?>>map(Map.class::cast)
                        .toList()
                : List.of();
        return Fields.of()
                .add("phase", status.get("phase"))
                .conditions(conditions, c -> text(c, "type"), c -> text(c, "status"), c -> text(c, "reason"))
                .toString();
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }
}
