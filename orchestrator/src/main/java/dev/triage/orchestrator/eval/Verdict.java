package dev.triage.orchestrator.eval;

import java.util.List;

/**
 * How one scenario went.
 *
 * @param scenario the scenario's name
 * @param result what the table shows
 * @param reasons why it did not pass (empty when it did)
 * @param millis the investigation's wall time
 * @param tokens model tokens spent (input + output; 0 on the rules tier)
 * @param tiers the model tiers that answered, in order of first use ({@code rules} when no model ran)
 */
public record Verdict(String scenario, Result result, List<String> reasons, long millis, long tokens, String tiers) {

    public enum Result {
        /** Every expectation held. */
        PASS,
        /** An expectation did not hold. */
        FAIL,
        /** The scenario could not run: a broken expectation or snapshot, an investigation that threw. */
        ERROR,
        /** Marked pending and still failing: reported, not counted. */
        PENDING,
        /** Marked pending but now passing: remove {@code pending} so that it counts. */
        FIXED
    }

    public Verdict {
        reasons = List.copyOf(reasons);
    }

    static Verdict error(String scenario, String reason) {
        return new Verdict(scenario, Result.ERROR, List.of(reason), 0, 0, "-");
    }

    /** Whether the scenario counts towards the pass rate. */
    public boolean counted() {
        return result == Result.PASS || result == Result.FAIL || result == Result.ERROR;
    }
}
