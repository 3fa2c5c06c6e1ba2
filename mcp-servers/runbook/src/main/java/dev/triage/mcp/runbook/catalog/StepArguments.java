package dev.triage.mcp.runbook.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The type of every step argument in the action vocabulary, so literals and parameter references can be checked. */
final class StepArguments {

    private record Typed(ParameterType type, Constraints constraints) {}

    private static final Map<String, Typed> TYPES = Map.of(
            "replicas", new Typed(ParameterType.INT, new Constraints("0", null, null)),
            "revision", new Typed(ParameterType.INT, new Constraints("1", null, null)),
            "timeout", new Typed(ParameterType.DURATION, new Constraints("1s", "2h", null)),
            "resource", new Typed(ParameterType.ENUM, new Constraints(null, null, List.of("memory", "cpu"))),
            "limit", typed(ParameterType.QUANTITY),
            "round-to", typed(ParameterType.QUANTITY),
            "growth", new Typed(ParameterType.QUANTITY, new Constraints("1", "4", null)),
            "container", typed(ParameterType.STRING),
            "condition", typed(ParameterType.STRING),
            "status", new Typed(ParameterType.ENUM, new Constraints(null, null, List.of("True", "False", "Unknown"))));

    private StepArguments() {}

    static ParameterType typeOf(String argument) {
        return TYPES.get(argument).type();
    }

    /** Why a literal value does not fit the argument, or empty when it does. */
    static Optional<String> problemWithLiteral(String argument, String value) {
        Typed typed = TYPES.get(argument);
        try {
            typed.type().check(value, typed.constraints());
            return Optional.empty();
        } catch (IllegalArgumentException wrong) {
            return Optional.of(wrong.getMessage());
        }
    }

    private static Typed typed(ParameterType type) {
        return new Typed(type, Constraints.NONE);
    }
}
