package dev.triage.orchestrator.approval;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one set of rules for what a decision or a run may carry, whichever channel it comes through: the shapes of
 * ids, reasons, approval lifetimes and listing limits. Each check answers why not, or nothing.
 */
final class ApprovalRules {

    static final Duration DEFAULT_TTL = Duration.ofMinutes(15);
    static final Duration MAX_TTL = Duration.ofHours(24);
    static final int MAX_LIMIT = 100;
    static final int MAX_REASON_CHARS = 1000;

    private static final Pattern PROPOSAL_ID = Pattern.compile("rp-[0-9a-f]{32}");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern INVESTIGATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern RUNBOOK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private ApprovalRules() {}

    static Optional<String> proposalId(String id) {
        return id != null && PROPOSAL_ID.matcher(id).matches()
                ? Optional.empty()
                : Optional.of("'" + shown(id)
                        + "' is not a proposal id (rp- and 32 hex digits, as propose_remediation returns it)");
    }

    static Optional<String> approvalId(String id) {
        return id != null && UUID.matcher(id).matches()
                ? Optional.empty()
                : Optional.of("approvalId must be the approvalId (a UUID) that approving the proposal returned");
    }

    static Optional<String> executionId(String id) {
        return id != null && UUID.matcher(id).matches()
                ? Optional.empty()
                : Optional.of("'" + shown(id) + "' is not an executionId (a UUID, as executing returns it)");
    }

    static Optional<String> investigationId(String id) {
        return id == null || INVESTIGATION_ID.matcher(id).matches()
                ? Optional.empty()
                : Optional.of("'" + shown(id) + "' is not an investigation id");
    }

    static Optional<String> runbookId(String id) {
        return id == null || RUNBOOK_ID.matcher(id).matches()
                ? Optional.empty()
                : Optional.of("'" + shown(id) + "' is not a runbook id (lower-case letters, digits and '-')");
    }

    /** A reason: optional for an approval, required to deny or revoke (saying why is the point of both). */
    static Optional<String> reason(String reason, boolean required, String action) {
        if (reason == null || reason.isBlank()) {
            return required ? Optional.of("reason is required: say why the proposal is " + action) : Optional.empty();
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON_CHARS
                || !reason.codePoints().allMatch(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))) {
            return Optional.of("reason must be plain text of at most " + MAX_REASON_CHARS + " characters");
        }
        return Optional.empty();
    }

    static Optional<String> ttl(Duration ttl) {
        return ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0
                ? Optional.of("ttl must be more than 0 and at most 24h, was " + ttl)
                : Optional.empty();
    }

    static Optional<String> limit(int limit) {
        return limit < 1 || limit > MAX_LIMIT
                ? Optional.of("limit must be between 1 and " + MAX_LIMIT + ", was " + limit)
                : Optional.empty();
    }

    static String normalizedUuid(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    /** Input echoed in a message: bounded, and only characters that cannot disguise anything. */
    static String shown(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return cut.replaceAll("[^\\p{Alnum}._:-]", "?");
    }
}
