package dev.triage.mcp.runbook.execution;

import java.util.Map;

/**
 * How a step ended well.
 *
 * @param status {@code DONE} (a change was applied) or {@code VERIFIED} (a check held)
 * @param detail what was sent or observed
 */
record StepResult(String status, Map<String, Object> detail) {

    StepResult {
        detail = Map.copyOf(detail);
    }
}
