package dev.triage.mcp.runbook.proposal;

import dev.triage.model.ResourceRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The id a later approval binds to: SHA-256 over the runbook, the target, the effective parameters and the
 * investigation in a canonical form. The same proposal gets the same id on any replica and after a restart; any
 * change to what would run (another target, another value, a limit derived from a cluster that changed) gets another
 * id, and so does the same change proposed by another investigation. Without an investigation the canonical form is
 * the one ids had before investigations were part of it, so a stored proposal keeps its id.
 */
final class ProposalIds {

    private ProposalIds() {}

    static String of(String runbook, ResourceRef target, Map<String, String> params, String investigationId) {
        StringBuilder canonical = new StringBuilder()
                .append(runbook)
                .append('\n')
                .append(target.kind())
                .append('\n')
                .append(target.namespace() == null ? "" : target.namespace())
                .append('\n')
                .append(target.name())
                .append('\n');
        new TreeMap<>(params)
                .forEach((k, v) -> canonical.append(k).append('=').append(v).append('\n'));
        if (investigationId != null) {
            // After the params, and with a prefix no parameter name can have: no params can pose as it.
            canonical.append("\u0000investigation=").append(investigationId).append('\n');
        }
        return "rp-" + HexFormat.of().formatHex(sha256(canonical.toString())).substring(0, 32);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
