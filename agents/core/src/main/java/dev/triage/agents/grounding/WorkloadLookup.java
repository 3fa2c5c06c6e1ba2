package dev.triage.agents.grounding;

import dev.triage.model.ResourceRef;
import java.util.List;

/**
 * Finds the object a person's words name among the cluster's own objects. Words that name nothing that exists are
 * no target: "restart on kube-system" names no Deployment "on".
 */
@FunctionalInterface
public interface WorkloadLookup {

    /** @param namespace where to look; null for every namespace */
    Lookup find(String kind, String name, String namespace);

    /** What the cluster answered. */
    sealed interface Lookup {

        /** Exactly one object of that kind and name. */
        record Found(ResourceRef object) implements Lookup {}

        /** None (or the cluster could not be asked), with why, for the trail. */
        record Missing(String why) implements Lookup {}

        /** Several namespaces hold one: the words do not say which. */
        record Ambiguous(List<ResourceRef> objects) implements Lookup {

            public Ambiguous {
                objects = List.copyOf(objects);
            }
        }
    }
}
