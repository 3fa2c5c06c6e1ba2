package dev.triage.kubernetes.capture;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Makes an object fit to leave the cluster: Secret values emptied (names, type and keys stay), ConfigMap values
 * bounded, and the bookkeeping that only bloats a snapshot dropped.
 */
final class Redaction {

    static final int MAX_CONFIG_VALUE_BYTES = 64 * 1024;

    /** kubectl apply keeps the whole applied object here, a Secret's values included. */
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private Redaction() {}

    static HasMetadata clean(HasMetadata object) {
        object.getMetadata().setManagedFields(null);
        if (object.getMetadata().getAnnotations() != null) {
            object.getMetadata().getAnnotations().remove(LAST_APPLIED);
        }
        if (object instanceof Secret secret) {
            emptyValues(secret.getData());
            emptyValues(secret.getStringData());
        }
        if (object instanceof ConfigMap configMap) {
            bound(configMap);
        }
        return object;
    }

    private static void emptyValues(Map<String, String> values) {
        if (values != null) {
            values.replaceAll((key, value) -> "");
        }
    }

    private static void bound(ConfigMap configMap) {
        if (configMap.getData() != null) {
            configMap.getData().replaceAll((key, value) -> truncated(value));
        }
        if (configMap.getBinaryData() != null) {
            // Cut at a multiple of 4 so what is kept is still valid base64.
            int keep = MAX_CONFIG_VALUE_BYTES - MAX_CONFIG_VALUE_BYTES % 4;
            configMap
                    .getBinaryData()
                    .replaceAll((key, value) -> value.length() > keep ? value.substring(0, keep) : value);
        }
    }

    private static String truncated(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_CONFIG_VALUE_BYTES) {
            return value;
        }
        String kept = new String(bytes, 0, MAX_CONFIG_VALUE_BYTES, StandardCharsets.UTF_8);
        return kept + "\n[truncated by triage snapshot capture: " + (bytes.length - MAX_CONFIG_VALUE_BYTES)
                + " more bytes]";
    }
}
