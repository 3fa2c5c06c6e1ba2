package dev.triage.orchestrator.alerting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * A webhook's bearer token check: the {@code Authorization: Bearer <token>} header against the configured token,
 * compared in constant time (as digests, so not even the length leaks). No configured token means no check, which
 * the start-up checks allow on a loopback address only.
 */
final class BearerTokens {

    private static final String SCHEME = "bearer ";

    private BearerTokens() {}

    /** Throws the 401 when {@code configured} is set and {@code authorization} does not carry it. */
    static void require(Optional<String> configured, String authorization, String setting) {
        if (configured.isEmpty()) {
            return;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw AlertProblems.unauthorized(
                    "this webhook needs Authorization: Bearer <the token set as " + setting + ">", "Bearer");
        }
        String given = authorization.substring(SCHEME.length()).strip();
        if (!MessageDigest.isEqual(digest(given), digest(configured.get()))) {
            throw AlertProblems.unauthorized(
                    "the bearer token is not the one set as " + setting, "Bearer error=\"invalid_token\"");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
