package dev.triage.orchestrator.tracing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * An investigation's trace id follows from its id: a UUID's 128 bits as they are, anything else hashed. So the trace
 * can be found, linked and scored from the investigation alone, with nothing stored.
 */
public final class TraceIds {

    private TraceIds() {}

    public static String of(String investigationId) {
        try {
            return UUID.fromString(investigationId).toString().replace("-", "").toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notUuid) {
            return hashed(investigationId);
        }
    }

    private static String hashed(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
