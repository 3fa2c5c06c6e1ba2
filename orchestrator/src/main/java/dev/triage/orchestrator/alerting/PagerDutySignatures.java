package dev.triage.orchestrator.alerting;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PagerDuty's V3 webhook signatures: {@code X-PagerDuty-Signature: v1=<hex HMAC-SHA256 of the body>}, with several
 * comma-separated while a secret is being rotated. Accepted when any one matches; every one is compared, in constant
 * time, so the time taken says nothing about which or how much of one matched.
 */
final class PagerDutySignatures {

    static final String HEADER = "X-PagerDuty-Signature";
    private static final String VERSION = "v1=";

    private PagerDutySignatures() {}

    static boolean valid(String secret, byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(hmac(secret, body)).getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        for (String signature : header.split(",")) {
            String candidate = signature.strip();
            if (candidate.startsWith(VERSION)) {
                byte[] given = candidate
                        .substring(VERSION.length())
                        .toLowerCase(Locale.ROOT)
                        .getBytes(StandardCharsets.US_ASCII);
                matched |= MessageDigest.isEqual(expected, given);
            }
        }
        return matched;
    }

    /** The signature PagerDuty sends for {@code body} with {@code secret}: {@code v1=<hex>}. */
    static String sign(String secret, byte[] body) {
        return VERSION + HexFormat.of().formatHex(hmac(secret, body));
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
