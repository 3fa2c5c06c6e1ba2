package dev.triage.mcp.runbook.catalog;

import java.util.List;

/**
 * Limits on a parameter's value, in the parameter's own type.
 *
 * @param min the smallest value allowed (int, quantity, duration); null for none
 * @param max the largest value allowed (int, quantity, duration); null for none
 * @param values the allowed values of an enum parameter
 */
public record Constraints(String min, String max, List<String> values) {

    public static final Constraints NONE = new Constraints(null, null, List.of());

    public Constraints {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
