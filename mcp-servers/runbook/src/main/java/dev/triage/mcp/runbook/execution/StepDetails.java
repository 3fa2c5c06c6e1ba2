package dev.triage.mcp.runbook.execution;

import dev.triage.mcp.runbook.proposal.PlanStep;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON kept for a step: what was planned, and how it failed. */
final class StepDetails {

    private StepDetails() {}

    static Map<String, Object> planned(PlanStep step) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("description", step.description());
        detail.put("object", step.object());
        detail.put("changes", step.changes());
        return detail;
    }

    static Map<String, Object> failure(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Map.of("error", message.length() > 2000 ? message.substring(0, 2000) + "..." : message);
    }
}
