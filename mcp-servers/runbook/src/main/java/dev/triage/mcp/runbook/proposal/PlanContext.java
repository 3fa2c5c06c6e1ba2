package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.runbook.catalog.Step;
import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a step is planned against: the live target, the checked parameter values, and the values steps derive from
 * the cluster when a parameter is left out (they join the effective parameters, so the proposal id covers them).
 */
final class PlanContext {

    private final ResourceRef target;
    private final HasMetadata object;
    private final KubernetesClient client;
    private final Clock clock;
    private final Map<String, String> params;

    PlanContext(
            ResourceRef target, HasMetadata object, KubernetesClient client, Clock clock, Map<String, String> params) {
        this.target = target;
        this.object = object;
        this.client = client;
        this.clock = clock;
        this.params = new LinkedHashMap<>(params);
    }

    ResourceRef target() {
        return target;
    }

    HasMetadata object() {
        return object;
    }

    KubernetesClient client() {
        return client;
    }

    Clock clock() {
        return clock;
    }

    /** The argument's value: its literal, or the value of the parameter it refers to; empty when that is unset. */
    Optional<String> argument(Step step, String name) {
        String value = step.arguments().get(name);
        if (value == null) {
            return Optional.empty();
        }
        Optional<String> reference = Step.reference(value);
        return reference.isPresent() ? Optional.ofNullable(params.get(reference.get())) : Optional.of(value);
    }

    /** Records a value derived for an unset parameter that the argument refers to. */
    void derive(Step step, String argument, String value) {
        Step.reference(step.arguments().getOrDefault(argument, "")).ifPresent(param -> params.put(param, value));
    }

    /** The effective parameters: checked, defaulted and derived, in declaration order. */
    Map<String, String> params() {
        return new LinkedHashMap<>(params);
    }
}
