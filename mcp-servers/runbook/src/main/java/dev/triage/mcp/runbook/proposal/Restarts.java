package dev.triage.mcp.runbook.proposal;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** rollout-restart: what kubectl rollout restart sends, a new restartedAt annotation on the pod template. */
final class Restarts {

    static final String ANNOTATION = "kubectl.kubernetes.io/restartedAt";

    private Restarts() {}

    static PlanStep plan(PlanContext context) {
        String now = context.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, String> annotations =
                Workloads.template(context.object()).getMetadata().getAnnotations();
        String before = annotations == null ? null : annotations.get(ANNOTATION);
        var patch = Workloads.nested("spec", "template", "metadata", "annotations", Map.of(ANNOTATION, now));
        String description = "restart " + context.target() + ": a rolling update replaces every pod, "
                + "within the update strategy's limits";
        return new PlanStep(
                "rollout-restart",
                description,
                context.target(),
                List.of(new Change("spec.template.metadata.annotations[" + ANNOTATION + "]", before, now)),
                "strategic-merge",
                patch);
    }
}
