package dev.triage.mcp.runbook.catalog;

import dev.triage.mcp.runbook.catalog.RunbookDocument.StepDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a runbook's steps: known actions, applicable to every target kind, with their required arguments, no
 * unknown ones, literals of the right type and references to declared parameters of the same type.
 */
final class StepChecker {

    private final SourceFile file;
    private final Problems problems;
    private final Map<String, Parameter> parameters;
    private final List<TargetKind> targets;

    StepChecker(SourceFile file, Problems problems, List<Parameter> parameters, List<TargetKind> targets) {
        this.file = file;
        this.problems = problems;
        this.parameters = parameters.stream().collect(Collectors.toMap(Parameter::name, Function.identity()));
        this.targets = targets;
    }

    List<Step> check(List<StepDocument> documents) {
        if (documents == null || documents.isEmpty()) {
            problems.add(file, "steps", "needs at least one entry");
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            step("steps[" + i + "]", documents.get(i)).ifPresent(steps::add);
        }
        if (steps.size() == documents.size()
                && steps.stream().noneMatch(s -> s.action().mutating())) {
            problems.add(file, "steps", "no step changes anything: a runbook needs at least one mutating action");
        }
        return steps;
    }

    private Optional<Step> step(String field, StepDocument doc) {
        Optional<Action> action = doc.action() == null ? Optional.empty() : Action.of(doc.action());
        if (action.isEmpty()) {
            problems.add(file, field + ".action", "must be one of " + Action.vocabulary() + ", got " + doc.action());
            return Optional.empty();
        }
        int before = problems.size();
        checkKinds(field, action.get());
        Map<String, String> arguments = doc.with() == null ? Map.of() : doc.with();
        action.get().requiredArguments().stream()
                .filter(required -> !arguments.containsKey(required))
                .forEach(missing -> problems.add(file, field + ".with." + missing, "is required by " + action.get()));
        arguments.forEach((name, value) -> argument(field + ".with." + name, action.get(), name, value));
        return problems.size() == before ? Optional.of(new Step(action.get(), arguments)) : Optional.empty();
    }

    private void checkKinds(String field, Action action) {
        List<TargetKind> unsupported =
                targets.stream().filter(kind -> !action.kinds().contains(kind)).toList();
        if (!unsupported.isEmpty()) {
            problems.add(
                    file,
                    field + ".action",
                    action + " cannot act on " + unsupported + "; it acts on " + action.kinds());
        }
    }

    private void argument(String field, Action action, String name, String value) {
        if (!action.accepts(name)) {
            problems.add(file, field, action + " takes no argument '" + name + "'");
            return;
        }
        if (value == null) {
            problems.add(file, field, "has no value");
            return;
        }
        Optional<String> reference = Step.reference(value);
        if (reference.isPresent()) {
            checkReference(field, name, reference.get());
        } else {
            StepArguments.problemWithLiteral(name, value).ifPresent(problem -> problems.add(file, field, problem));
        }
    }

    private void checkReference(String field, String argument, String parameterName) {
        Parameter parameter = parameters.get(parameterName);
        if (parameter == null) {
            problems.add(file, field, "refers to ${" + parameterName + "}, which is not a parameter of this runbook");
        } else if (parameter.type() != StepArguments.typeOf(argument)) {
            problems.add(
                    file,
                    field,
                    "'" + argument + "' is " + StepArguments.typeOf(argument).id() + " but ${" + parameterName + "} is "
                            + parameter.type().id());
        }
    }
}
