package dev.triage.orchestrator.approval;

/**
 * What the approvals service did with a request: done, with its value, or refused with the reason. A refusal
 * changed nothing.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {}

    /**
     * @param refusal what kind of refusal (a channel maps it to its own terms, such as an HTTP status)
     * @param code the precise reason as a constant: {@code UNKNOWN_PROPOSAL}, {@code ALREADY_DECIDED}, or the
     *     runbook server's refusal of a run such as {@code APPROVAL_USED} or {@code DRIFTED}
     * @param reason for a person: what was wrong and what to do
     */
    record Refused<T>(Refusal refusal, String code, String reason) implements Outcome<T> {

        /** The same refusal, as an outcome of another type. */
        <U> Refused<U> as() {
            return new Refused<>(refusal, code, reason);
        }
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal, String code, String reason) {
        return new Refused<>(refusal, code, reason);
    }

    /** The kinds of refusal. */
    enum Refusal {
        /** The request itself is wrong (an id that is none, a missing reason, a status that does not exist). */
        INVALID,
        /** No such proposal or execution. */
        NOT_FOUND,
        /** Not in this state: already decided, nothing to revoke, a run the runbook server refused. */
        CONFLICT,
        /** The runbook server cannot be reached or is not configured; nothing was run. */
        UNAVAILABLE,
        /** The runbook server answered with an error that is not a refusal. */
        UPSTREAM_ERROR
    }
}
