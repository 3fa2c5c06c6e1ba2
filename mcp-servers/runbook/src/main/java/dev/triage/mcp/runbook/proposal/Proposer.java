package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.runbook.catalog.Parameter;
import dev.triage.mcp.runbook.catalog.Runbook;
import dev.triage.mcp.runbook.catalog.RunbookCatalog;
import dev.triage.mcp.runbook.catalog.Step;
import dev.triage.mcp.runbook.catalog.TargetKind;
import dev.triage.mcp.runbook.policy.Policies;
import dev.triage.mcp.runbook.policy.PolicyDecision;
import dev.triage.mcp.runbook.policy.PolicySubject;
import dev.triage.mcp.runbook.policy.Scope;
import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a request into a dry-run proposal: the runbook from the catalog, the target's shape, the parameters, the
 * policy, the live target and the finding's category are checked in that order, and the first failure refuses
 * the proposal with its reason. Only reads the cluster.
 */
public final class Proposer {

    private final RunbookCatalog catalog;
    private final Policies policies;
    private final KubernetesClient client;
    private final LiveObjects live;
    private final Clock clock;

    public Proposer(RunbookCatalog catalog, Policies policies, KubernetesClient client, Clock clock) {
        this.catalog = catalog;
        this.policies = policies;
        this.client = client;
        this.live = new LiveObjects(client);
        this.clock = clock;
    }

    public Proposal propose(ProposalRequest request) {
        try {
            return proposed(request);
        } catch (Refused refused) {
            return refusal(request, refused);
        }
    }

    private Proposal proposed(ProposalRequest request) {
        Runbook runbook = catalog.find(request.runbook())
                .orElseThrow(() -> new Refused(
                        Refusal.UNKNOWN_RUNBOOK,
                        "'" + ParameterValues.printable(request.runbook()) + "' is not in the runbook catalog; it has "
                                + catalog.ids()));
        TargetKind kind = Targets.kind(runbook, request.kind());
        ResourceRef target = Targets.ref(kind, request.namespace(), request.name());
        FindingCategories.check(runbook, request.findingId());
        Map<String, String> params = ParameterValues.check(runbook, request.params());
        PolicyDecision decision = decide(runbook, kind, target);
        HasMetadata object = live.read(kind, target.namespace(), target.name());
        var context = new PlanContext(target, object, client, clock, params);
        List<PlanStep> plan = new ArrayList<>();
        for (Step step : runbook.steps()) {
            plan.add(Planner.plan(step, context));
        }
        Map<String, String> effective = recheck(runbook, context.params());
        return new Proposal(
                ProposalIds.of(runbook.id(), target, effective, request.investigationId()),
                runbook.id(),
                target,
                effective,
                runbook.risk().id(),
                decision.requiresApproval(),
                Proposal.PROPOSED,
                decision.reason(),
                null,
                decision.policy(),
                findingId(request),
                plan,
                request.investigationId());
    }

    private PolicyDecision decide(Runbook runbook, TargetKind kind, ResourceRef target) {
        PolicySubject subject = kind == TargetKind.NODE
                ? new PolicySubject(Scope.NODE, target.name(), LiveObjects.labels(live.read(kind, null, target.name())))
                : new PolicySubject(Scope.NAMESPACE, target.namespace(), live.namespaceLabels(target.namespace()));
        PolicyDecision decision = policies.decide(runbook, subject);
        if (!decision.allowed()) {
            throw new PolicyRefused(decision);
        }
        return decision;
    }

    /** Values derived from the cluster must meet the parameter's bounds like given ones. */
    private static Map<String, String> recheck(Runbook runbook, Map<String, String> params) {
        params.forEach(
                (name, value) -> runbook.parameter(name).ifPresent(parameter -> check(runbook, parameter, value)));
        return params;
    }

    private static void check(Runbook runbook, Parameter parameter, String value) {
        try {
            parameter.check(value);
        } catch (IllegalArgumentException wrong) {
            throw new Refused(
                    Refusal.INVALID_PARAMETER,
                    "the derived value of parameter '" + parameter.name() + "' of runbook " + runbook.id() + " "
                            + wrong.getMessage());
        }
    }

    private Proposal refusal(ProposalRequest request, Refused refused) {
        String risk = catalog.find(request.runbook()).map(r -> r.risk().id()).orElse(null);
        String policy =
                refused instanceof PolicyRefused byPolicy ? byPolicy.decision().policy() : null;
        ResourceRef target = new ResourceRef(
                ParameterValues.printable(request.kind()),
                request.namespace() == null ? null : ParameterValues.printable(request.namespace()),
                ParameterValues.printable(request.name()));
        Map<String, String> given = request.params().entrySet().stream()
                .collect(Collectors.toMap(
                        e -> ParameterValues.printable(e.getKey()),
                        e -> ParameterValues.printable(String.valueOf(e.getValue())),
                        (a, b) -> a));
        return new Proposal(
                null,
                ParameterValues.printable(request.runbook()),
                target,
                given,
                risk,
                true,
                Proposal.REFUSED,
                refused.getMessage(),
                refused.refusal(),
                policy,
                findingId(request),
                List.of(),
                request.investigationId());
    }

    private static String findingId(ProposalRequest request) {
        return request.findingId() == null ? null : ParameterValues.printable(request.findingId());
    }
}
