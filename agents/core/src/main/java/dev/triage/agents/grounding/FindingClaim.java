package dev.triage.agents.grounding;

import java.util.List;

/**
 * A finding as a model states it, before grounding. Strings rather than enums on purpose: a category outside the
 * vocabulary must drop one claim with a note, not fail the whole answer's parsing.
 *
 * @param kind the resource's kind, e.g. Pod, Deployment, Node
 * @param namespace the namespace; empty for cluster-scoped kinds
 * @param name the resource's name
 * @param category one of the fixed categories, e.g. CRASH_LOOP
 * @param severity CRITICAL, HIGH, MEDIUM or LOW
 * @param summary one line a person can act on
 * @param evidence quotes copied exactly from tool results
 * @param causedBy the id of the finding this one is a symptom of, if any
 */
public record FindingClaim(
        String kind,
        String namespace,
        String name,
        String category,
        String severity,
        String summary,
        List<QuoteClaim> evidence,
        String causedBy) {

    public FindingClaim {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /**
     * One quote behind a claim.
     *
     * @param source STATUS, SPEC, EVENT, LOG or METRIC
     * @param ref where it was read, e.g. {@code log shop/cart-7b9d6c5f48-vs4c7/cart (previous)}
     * @param quote the text exactly as the tool result gave it
     */
    public record QuoteClaim(String source, String ref, String quote) {}
}
