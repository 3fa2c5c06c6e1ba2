package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.runbook.catalog.Quantities;
import dev.triage.mcp.runbook.catalog.Step;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * set-resources: a new limit for one container of the pod template. Without a given limit the new one is the
 * current limit times {@code growth}, rounded up to a multiple of {@code round-to}. A limit is only ever raised,
 * and never below the container's request.
 */
final class Resources {

    private Resources() {}

    static PlanStep plan(Step step, PlanContext context) {
        String resource = context.argument(step, "resource").orElseThrow();
        Container container = Containers.choose(context, context.argument(step, "container"));
        Optional<BigDecimal> current = amount(container, resource, ResourceRequirements::getLimits);
        BigDecimal limit = context.argument(step, "limit")
                .map(given -> Quantities.parse(given).orElseThrow())
                .orElseGet(() -> derived(step, context, resource, container, current));
        String formatted = format(resource, limit);
        context.derive(step, "limit", formatted);
        checkRaise(context, resource, container, current, limit);
        return step(context, resource, container, current, formatted);
    }

    private static BigDecimal derived(
            Step step, PlanContext context, String resource, Container container, Optional<BigDecimal> current) {
        BigDecimal now = current.orElseThrow(() -> new Refused(
                Refusal.INVALID_PARAMETER,
                "container "
                        + container.getName() + " of " + context.target() + " has no " + resource
                        + " limit to raise; give the new limit as a parameter"));
        BigDecimal growth =
                Quantities.parse(context.argument(step, "growth").orElse("1.5")).orElseThrow();
        BigDecimal roundTo =
                Quantities.parse(context.argument(step, "round-to").orElse("1")).orElseThrow();
        return Quantities.roundUp(now.multiply(growth), roundTo);
    }

    private static void checkRaise(
            PlanContext context, String resource, Container container, Optional<BigDecimal> current, BigDecimal to) {
        String what = resource + " limit of container " + container.getName() + " in " + context.target();
        if (current.isPresent() && to.compareTo(current.get()) <= 0) {
            throw new Refused(
                    Refusal.INVALID_PARAMETER,
                    "the " + what + " is already " + format(resource, current.get()) + "; this runbook only raises it");
        }
        Optional<BigDecimal> request = amount(container, resource, ResourceRequirements::getRequests);
        if (request.isPresent() && to.compareTo(request.get()) < 0) {
            throw new Refused(
                    Refusal.INVALID_PARAMETER,
                    "the new " + what + " would be below its request " + format(resource, request.get()));
        }
    }

    private static PlanStep step(
            PlanContext context, String resource, Container container, Optional<BigDecimal> current, String to) {
        String from = current.map(amount -> format(resource, amount)).orElse(null);
        String field = "containers[" + container.getName() + "].resources.limits." + resource;
        String description = "set the " + resource + " limit of container " + container.getName() + " in "
                + context.target() + " from " + (from == null ? "none" : from) + " to " + to
                + "; the pods are replaced in a rolling update";
        var patch = Workloads.containerPatch(
                container.getName(), Map.of("resources", Map.of("limits", Map.of(resource, to))));
        return new PlanStep(
                "set-resources",
                description,
                context.target(),
                List.of(new Change(field, from, to)),
                "strategic-merge",
                patch);
    }

    private static Optional<BigDecimal> amount(
            Container container, String resource, Function<ResourceRequirements, Map<String, Quantity>> which) {
        return Optional.ofNullable(container.getResources())
                .map(which)
                .map(quantities -> quantities.get(resource))
                .map(Quantity::getNumericalAmount);
    }

    private static String format(String resource, BigDecimal amount) {
        return resource.equals("memory") ? Quantities.bytes(amount) : Quantities.cores(amount);
    }
}
