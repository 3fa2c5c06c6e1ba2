package dev.triage.agents.remediation;

import dev.triage.model.ResourceRef;
import java.util.Objects;

/**
 * An action a person asked for by name ("roll back recommendations", "scale ingest to 3"), on a workload found in
 * the cluster under that name. It is only ever proposed: the runbook server decides whether it needs approval, and
 * a human gives it.
 *
 * @param action what to do
 * @param target the workload, as the cluster holds it (never a word of the question taken on trust)
 * @param replicas for {@code SCALE}, the replica count asked for; {@code null} otherwise or when not given
 */
public record Intent(Action action, ResourceRef target, Integer replicas) {

    public enum Action {
        RESTART("restart-deployment"),
        ROLLBACK("rollback-deployment"),
        SCALE("scale-deployment");

        private final String runbook;

        Action(String runbook) {
            this.runbook = runbook;
        }

        public String runbook() {
            return runbook;
        }

        /** The kind of object the action's runbook acts on. */
        public String kind() {
            return "Deployment";
        }
    }

    public Intent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
    }
}
