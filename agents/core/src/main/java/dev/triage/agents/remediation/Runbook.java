package dev.triage.agents.remediation;

import java.util.List;
import java.util.Locale;

/**
 * A catalog entry as {@code list_runbooks} describes it: what the agent needs to choose one and fill it in.
 *
 * @param targets the kinds it acts on ({@code Deployment}, {@code Node})
 * @param steps what it does, in the server's action vocabulary
 */
record Runbook(
        String id,
        List<String> categories,
        String risk,
        List<Parameter> parameters,
        List<String> targets,
        List<Step> steps) {

    Runbook {
        categories = List.copyOf(categories);
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
        steps = List.copyOf(steps);
    }

    record Parameter(String name, boolean required) {}

    /** One step: its action ({@code set-resources}) and, for actions on a resource, which ({@code memory}). */
    record Step(String action, String resource) {}

    boolean declares(String parameter) {
        return parameters.stream().anyMatch(p -> p.name().equals(parameter));
    }

    boolean actsOn(String kind) {
        return targets.contains(kind);
    }

    boolean performs(Step wanted) {
        return steps.stream()
                .anyMatch(s -> s.action().equals(wanted.action())
                        && (wanted.resource() == null || wanted.resource().equals(s.resource())));
    }

    /** Low before medium before high; a risk the catalog does not name sorts last. */
    int riskRank() {
        return switch (risk.toLowerCase(Locale.ROOT)) {
            case "low" -> 0;
            case "medium" -> 1;
            case "high" -> 2;
            default -> 3;
        };
    }
}
