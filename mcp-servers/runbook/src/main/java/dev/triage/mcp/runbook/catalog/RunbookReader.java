package dev.triage.mcp.runbook.catalog;

import dev.triage.mcp.runbook.catalog.RunbookDocument.ConstraintsDocument;
import dev.triage.mcp.runbook.catalog.RunbookDocument.ParameterDocument;
import dev.triage.model.Category;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Turns one runbook file into a {@link Runbook}, recording every problem by field. */
final class RunbookReader {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final SourceFile file;
    private final Problems problems;

    RunbookReader(SourceFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    Optional<Runbook> read() {
        return YamlDocuments.read(file, file.content(), RunbookDocument.class, problems)
                .flatMap(this::validate);
    }

    private Optional<Runbook> validate(RunbookDocument doc) {
        int before = problemCount();
        checkId(doc.id());
        List<Category> categories = nonEmpty("categories", doc.categories(), this::category);
        List<TargetKind> targets = nonEmpty("targets", doc.targets(), this::target);
        Risk risk = risk(doc.risk());
        List<Parameter> parameters = parameters(doc.parameters());
        var runbook = new Runbook(
                String.valueOf(doc.id()),
                text("title", doc.title()),
                text("description", doc.description()),
                categories,
                targets,
                risk == null ? Risk.HIGH : risk,
                parameters,
                new StepChecker(file, problems, parameters, targets).check(doc.steps()),
                text("verification", doc.verification()),
                text("rollback", doc.rollback()));
        return problemCount() == before ? Optional.of(runbook) : Optional.empty();
    }

    private void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(file, "id", "must be lower-case words joined by '-', got " + id);
        } else if (!id.equals(file.baseName())) {
            problems.add(file, "id", "must match the file name " + file.baseName() + ", got " + id);
        }
    }

    private String text(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(file, field, "is required");
            return "";
        }
        return value.strip();
    }

    private <D, T> List<T> nonEmpty(String field, List<D> values, Function<D, T> convert) {
        if (values == null || values.isEmpty()) {
            problems.add(file, field, "needs at least one entry");
            return List.of();
        }
        List<T> converted = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            indexed(field, i, values.get(i), convert).ifPresent(converted::add);
        }
        return converted;
    }

    private <D, T> Optional<T> indexed(String field, int index, D value, Function<D, T> convert) {
        try {
            return Optional.ofNullable(convert.apply(value));
        } catch (IllegalArgumentException wrong) {
            problems.add(file, field + "[" + index + "]", wrong.getMessage());
            return Optional.empty();
        }
    }

    private Category category(String name) {
        return Arrays.stream(Category.values())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + name + "' is not a finding category; they are " + Arrays.toString(Category.values())));
    }

    private TargetKind target(String kind) {
        return Arrays.stream(TargetKind.values())
                .filter(k -> k.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + kind
                        + "' is not a kind runbooks act on; they are " + Arrays.toString(TargetKind.values())));
    }

    private Risk risk(String risk) {
        Optional<Risk> known =
                Arrays.stream(Risk.values()).filter(r -> r.id().equals(risk)).findFirst();
        if (known.isEmpty()) {
            problems.add(file, "risk", "must be low, medium or high, got " + risk);
        }
        return known.orElse(null);
    }

    private List<Parameter> parameters(List<ParameterDocument> documents) {
        List<Parameter> parameters = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<ParameterDocument> all = documents == null ? List.of() : documents;
        for (int i = 0; i < all.size(); i++) {
            String field = "parameters[" + i + "]";
            parameter(field, all.get(i)).ifPresent(p -> {
                if (!names.add(p.name())) {
                    problems.add(file, field + ".name", "a second parameter named " + p.name());
                }
                parameters.add(p);
            });
        }
        return parameters;
    }

    private Optional<Parameter> parameter(String field, ParameterDocument doc) {
        int before = problemCount();
        if (doc.name() == null || !PARAMETER_NAME.matcher(doc.name()).matches()) {
            problems.add(file, field + ".name", "must be snake_case, got " + doc.name());
        }
        Optional<ParameterType> type = doc.type() == null ? Optional.empty() : ParameterType.of(doc.type());
        if (type.isEmpty()) {
            problems.add(
                    file,
                    field + ".type",
                    "must be one of string, int, quantity, duration, bool, enum, got " + doc.type());
        }
        String description = text(field + ".description", doc.description());
        Constraints constraints = constraints(field, type.orElse(null), doc.constraints());
        if (problemCount() != before) {
            return Optional.empty();
        }
        var parameter = new Parameter(
                doc.name(),
                type.orElseThrow(),
                Boolean.TRUE.equals(doc.required()),
                doc.defaultValue(),
                description,
                constraints);
        checkDefault(field, parameter);
        return Optional.of(parameter);
    }

    private Constraints constraints(String field, ParameterType type, ConstraintsDocument doc) {
        var constraints = doc == null ? Constraints.NONE : new Constraints(doc.min(), doc.max(), doc.values());
        if (type == null) {
            return constraints;
        }
        if (type == ParameterType.ENUM && constraints.values().isEmpty()) {
            problems.add(file, field + ".constraints.values", "an enum parameter lists its values");
        }
        boundProblem(type, constraints.min()).ifPresent(p -> problems.add(file, field + ".constraints.min", p));
        boundProblem(type, constraints.max()).ifPresent(p -> problems.add(file, field + ".constraints.max", p));
        return constraints;
    }

    private static Optional<String> boundProblem(ParameterType type, String bound) {
        if (bound == null) {
            return Optional.empty();
        }
        if (!type.ordered()) {
            return Optional.of("a " + type.id() + " parameter has no bounds");
        }
        try {
            type.check(bound, Constraints.NONE);
            return Optional.empty();
        } catch (IllegalArgumentException wrong) {
            return Optional.of(wrong.getMessage());
        }
    }

    private void checkDefault(String field, Parameter parameter) {
        if (parameter.defaultValue() == null) {
            return;
        }
        if (parameter.required()) {
            problems.add(file, field + ".default", "a required parameter has no default");
            return;
        }
        try {
            parameter.check(parameter.defaultValue());
        } catch (IllegalArgumentException wrong) {
            problems.add(file, field + ".default", wrong.getMessage());
        }
    }

    private int problemCount() {
        return problems.size();
    }
}
