package dev.triage.mcp.runbook.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A runbook file as written, before validation: every field may be missing or wrong. */
record RunbookDocument(
        String id,
        String title,
        String description,
        List<String> categories,
        List<String> targets,
        String risk,
        List<ParameterDocument> parameters,
        List<StepDocument> steps,
        String verification,
        String rollback) {

    record ParameterDocument(
            String name,
            String type,
            Boolean required,
            @JsonProperty("default") String defaultValue,
            String description,
            ConstraintsDocument constraints) {}

    record ConstraintsDocument(String min, String max, List<String> values) {}

    record StepDocument(String action, @JsonProperty("with") Map<String, String> with) {}
}
