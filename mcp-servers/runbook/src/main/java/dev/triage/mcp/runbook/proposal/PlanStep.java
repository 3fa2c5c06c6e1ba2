package dev.triage.mcp.runbook.proposal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.triage.model.ResourceRef;
import java.util.List;

/**
 * One step of a dry-run plan, exactly as it would be applied to the object as it is now.
 *
 * @param action the action from the vocabulary
 * @param description what it does, in one line
 * @param object the object it acts on (the target, or for delete-pod the pod)
 * @param changes the fields it changes, before and after; empty for steps that only wait or check
 * @param patchType {@code strategic-merge}, {@code merge} or {@code json} (RFC 6902); null without a patch
 * @param patch the patch body as it would be sent; null for steps that send none (delete, wait, verify)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanStep(
        String action, String description, ResourceRef object, List<Change> changes, String patchType, Object patch) {

    public PlanStep {
        changes = List.copyOf(changes);
    }

    static PlanStep readOnly(String action, String description, ResourceRef object) {
        return new PlanStep(action, description, object, List.of(), null, null);
    }
}
