package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Evidence;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/** Evidence quoted from the fields every condition has, skipping the ones the object leaves out. */
final class Quotes {

    private Quotes() {}

    /**
     * {@code status.conditions[Type].status}, {@code .reason} and {@code .message} of one condition.
     *
     * @param status null to leave the status out (when the condition's reason says it all)
     */
    static List<Evidence> condition(HasMetadata object, String type, String status, String reason, String message) {
        String path = "status.conditions[" + type + "].";
        List<Evidence> evidence = new ArrayList<>();
        if (status != null) {
            evidence.add(Evidence.status(Refs.field(object, path + "status"), status));
        }
        if (reason != null) {
            evidence.add(Evidence.status(Refs.field(object, path + "reason"), reason));
        }
        if (message != null) {
            evidence.add(Evidence.status(Refs.field(object, path + "message"), message));
        }
        return evidence;
    }
}
