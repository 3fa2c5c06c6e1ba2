package dev.triage.agents.grounding;

import dev.triage.model.ResourceRef;

/** Whether a resource exists in the cluster (the diagnostic agent asks the EKS server's {@code get_resource}). */
@FunctionalInterface
public interface ResourceCheck {

    boolean exists(ResourceRef resource);
}
