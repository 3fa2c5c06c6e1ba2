package dev.triage.agents.remediation;

import java.util.List;

/** A catalog entry as {@code list_runbooks} describes it: what the agent needs to choose one and fill it in. */
record Runbook(String id, List<String> categories, String risk, List<Parameter> parameters) {

    record Parameter(String name, boolean required) {}

    boolean declares(String parameter) {
        return parameters.stream().anyMatch(p -> p.name().equals(parameter));
    }
}
