package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.hosting.validation.ArgumentRule;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import dev.triage.mcp.runbook.catalog.Parameter;
import dev.triage.mcp.runbook.catalog.ParameterType;
import dev.triage.mcp.runbook.catalog.Runbook;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks the values a proposal gives against the runbook's parameters: no unknown names, every required one,
 * each of its type and within its bounds; then fills in defaults. The result holds only checked values.
 */
final class ParameterValues {

    private ParameterValues() {}

    /** The effective values in declaration order; parameters with neither a value nor a default are absent. */
    static Map<String, String> check(Runbook runbook, Map<String, Object> given) {
        given.keySet().stream()
                .filter(name -> runbook.parameter(name).isEmpty())
                .findFirst()
                .ifPresent(unknown -> {
                    throw new Refused(
                            Refusal.INVALID_PARAMETER,
                            "runbook " + runbook.id() + " has no parameter '" + printable(unknown)
                                    + "'; its parameters are " + names(runbook));
                });
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : runbook.parameters()) {
            Object value = given.get(parameter.name());
            if (value != null) {
                values.put(parameter.name(), checked(runbook, parameter, value));
            } else if (parameter.required()) {
                throw new Refused(
                        Refusal.INVALID_PARAMETER,
                        "parameter '" + parameter.name() + "' of runbook " + runbook.id() + " is required: "
                                + parameter.description());
            } else if (parameter.defaultValue() != null) {
                values.put(parameter.name(), parameter.defaultValue());
            }
        }
        return values;
    }

    private static String checked(Runbook runbook, Parameter parameter, Object value) {
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw new Refused(
                    Refusal.INVALID_PARAMETER,
                    "parameter '" + parameter.name() + "' must be a "
                            + parameter.type().id() + " value, not "
                            + value.getClass().getSimpleName());
        }
        try {
            return clusterName(parameter, parameter.check(String.valueOf(value)));
        } catch (IllegalArgumentException wrong) {
            throw new Refused(
                    Refusal.INVALID_PARAMETER,
                    "parameter '" + parameter.name() + "' of runbook " + runbook.id() + " " + wrong.getMessage());
        }
    }

    /** A string parameter naming something in the cluster (a container...) keeps the Kubernetes API's rule for it. */
    private static String clusterName(Parameter parameter, String value) {
        if (parameter.type() != ParameterType.STRING || !KubernetesNames.namesAClusterObject(parameter.name())) {
            return value;
        }
        boolean label =
                parameter.name().contains("container") || parameter.name().equals("namespace");
        ArgumentRule rule = label ? KubernetesNames.DNS_LABEL : KubernetesNames.DNS_SUBDOMAIN;
        var problem = rule.problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return value;
    }

    private static String names(Runbook runbook) {
        return runbook.parameters().isEmpty()
                ? "none"
                : runbook.parameters().stream().map(Parameter::name).collect(Collectors.joining(", "));
    }

    /** A name as given, cut short and without control characters, safe to echo. */
    static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "..." : clean;
    }
}
