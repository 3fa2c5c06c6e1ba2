package dev.triage.mcp.runbook.execution;

import java.util.Map;

/**
 * How a step ended without failing.
 *
 * @param status {@code DONE} (a change was applied), {@code VERIFIED} (a check held) or {@code UNVERIFIED} (a check
 *     that could observe nothing)
 * @param detail what was sent or observed
 */
record StepResult(String status, Map<String, Object> detail) {

    StepResult {
        detail = Map.copyOf(detail);
    }
}
