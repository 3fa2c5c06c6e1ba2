package dev.triage.mcp.runbook.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A typed input of a runbook.
 *
 * @param name snake_case, as a proposal's {@code params} names it
 * @param type the value's syntax
 * @param required whether a proposal must give it
 * @param defaultValue used when a proposal does not give it; null when there is none (or the step derives one)
 * @param description for the model choosing the value
 * @param constraints limits on the value
 */
public record Parameter(
        String name,
        ParameterType type,
        boolean required,
        @JsonProperty("default") String defaultValue,
        String description,
        Constraints constraints) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        constraints = constraints == null ? Constraints.NONE : constraints;
    }

    /** The value checked against the type and constraints; throws IllegalArgumentException naming the problem. */
    public String check(String value) {
        return type.check(value, constraints);
    }
}
