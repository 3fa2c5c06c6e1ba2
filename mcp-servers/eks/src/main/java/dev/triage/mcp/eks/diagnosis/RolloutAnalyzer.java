package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Deployment whose rollout passed its progress deadline. The new ReplicaSet's pods failing (image, crash,
 * configuration, scheduling, quota) is the usual cause, found by the pod and ReplicaSet analyzers.
 */
final class RolloutAnalyzer implements Analyzer {

    private static final List<Category> POD_CAUSES = List.of(
            Category.IMAGE_PULL,
            Category.CRASH_LOOP,
            Category.CONFIG_ERROR,
            Category.OOM_KILLED,
            Category.INIT_FAILURE,
            Category.PROBE_FAILURE,
            Category.UNSCHEDULABLE,
            Category.QUOTA_EXCEEDED);

    @Override
    public List<Detected> analyze(Inspection inspection) {
        return inspection.state().all(Deployment.class).stream()
                .filter(d -> Workloads.desired(d) > 0)
                .flatMap(d -> deadlineExceeded(d).map(c -> stuck(d, c)).stream())
                .toList();
    }

    private static Optional<DeploymentCondition> deadlineExceeded(Deployment deployment) {
        return Workloads.conditions(deployment).stream()
                .filter(c -> "Progressing".equals(c.getType()) && "False".equals(c.getStatus()))
                .filter(c -> "ProgressDeadlineExceeded".equals(c.getReason()))
                .findFirst();
    }

    private static Detected stuck(Deployment deployment, DeploymentCondition condition) {
        ResourceRef ref = Refs.of(deployment);
        List<Evidence> evidence = new ArrayList<>(
                Quotes.condition(deployment, "Progressing", null, condition.getReason(), condition.getMessage()));
        for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
            evidence.add(Evidence.spec(
                    Refs.field(deployment, "spec.template.spec.containers[" + container.getName() + "].image"),
                    container.getImage()));
        }
        int available = Workloads.available(deployment);
        String summary = "Rollout of Deployment " + ref.name() + " is stuck"
                + (condition.getMessage() == null ? "" : ": " + condition.getMessage())
                + " (" + Workloads.updated(deployment) + " updated, " + available + "/" + Workloads.desired(deployment)
                + " available)";
        Severity severity = available == 0 ? Severity.CRITICAL : Severity.HIGH;
        return new Detected(
                Findings.of(Category.ROLLOUT_STUCK, ref, ref, summary, evidence, severity, List.of()),
                POD_CAUSES.stream().map(c -> Finding.idFor(c, ref)).toList());
    }
}
