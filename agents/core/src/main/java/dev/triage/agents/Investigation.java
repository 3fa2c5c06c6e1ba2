package dev.triage.agents;

import dev.langchain4j.model.chat.ChatModel;
import dev.triage.agents.findings.FindingsAgent;
import dev.triage.agents.grounding.ClusterWorkloads;
import dev.triage.agents.grounding.MetricOwners;
import dev.triage.agents.grounding.ResourceCheck;
import dev.triage.agents.grounding.ResourceChecks;
import dev.triage.agents.grounding.WorkloadLookup;
import dev.triage.agents.master.Conclusion;
import dev.triage.agents.master.MasterAgent;
import dev.triage.agents.master.Plan;
import dev.triage.agents.master.SubAgent;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.redaction.Redactor;
import dev.triage.agents.remediation.RemediationAgent;
import dev.triage.agents.remediation.RemediationPlan;
import dev.triage.agents.routing.Role;
import dev.triage.agents.routing.TokenBudget;
import dev.triage.agents.tools.McpServers;
import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.tools.ToolAccess;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.RouteStep;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/** One investigation, start to report. Agents of a stage run on virtual threads; stages run in order. */
final class Investigation {

    private static final String MASTER = "master";

    private final InvestigationRequest request;
    private final AgentsSettings settings;
    private final McpServers servers;
    private final ModelSource models;
    private final Clock clock;
    private final Trail trail;
    private final Inquiry inquiry;
    private final TokenBudget budget;
    private final List<Finding> findings = new ArrayList<>();
    private final AtomicReference<RemediationPlan> remediation = new AtomicReference<>();
    private final List<String> failures = new ArrayList<>();

    Investigation(
            InvestigationRequest request,
            AgentsSettings settings,
            McpServers servers,
            ModelSource models,
            Clock clock,
            InvestigationObserver observer) {
        this.request = request;
        this.settings = settings;
        this.servers = servers;
        this.models = models;
        this.clock = clock;
        this.trail = new Trail(observer);
        this.inquiry = new Inquiry(request.question(), request.namespace(), request.alertText());
        this.budget = models.newBudget();
    }

    InvestigationReport run() {
        Instant started = clock.instant();
        List<RouteStep> route = List.of();
        trail.investigationStarted();
        Trail masters = trail.forAgent(MASTER);
        boolean masterDone = false;
        try {
            masters.agentStarted(MASTER, "routing the request");
            MasterAgent master =
                    new MasterAgent(models.model(Role.MASTER, request, budget, masters), masters, workloads());
            Plan plan = master.plan(inquiry);
            route = plan.route();
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Set<SubAgent> stage : plan.stages()) {
                    Stages.runTogether(
                            executor,
                            stage.stream()
                                    .map(agent -> (Runnable) () -> runAgent(agent, plan))
                                    .toList());
                }
            }
            RemediationPlan proposed =
                    Optional.ofNullable(remediation.get()).orElseGet(() -> RemediationAgent.adviceOnly(snapshot()));
            Conclusion conclusion = master.conclude(request.cluster(), inquiry, snapshot(), proposed);
            masterDone = true;
            masters.agentFinished(MASTER);
            return finish(started, route, conclusion, proposed);
        } catch (RuntimeException e) {
            trail.note("The investigation failed: " + describe(e));
            if (!masterDone) {
                masters.agentFailed(MASTER, describe(e));
            }
            return finish(started, route, null, RemediationPlan.none());
        }
    }

    private void runAgent(SubAgent agent, Plan plan) {
        Trail own = trail.forAgent(agent.wireName());
        own.agentStarted(agent.wireName(), reasonFor(agent, plan));
        Optional<ServerTools> tools = servers.tools(settings.access(agent), own);
        if (tools.isEmpty()) {
            own.note(
                    agent.wireName() + " skipped: no '" + settings.access(agent).server() + "' MCP server is configured"
                            + (agent == SubAgent.REMEDIATION ? ", so nothing is proposed." : "."));
            own.agentFinished(agent.wireName());
            return;
        }
        try {
            switch (agent) {
                case DIAGNOSTIC ->
                    found(FindingsAgent.diagnostic(tools.get(), model(Role.DIAGNOSTIC, own), cluster(own), own)
                            .investigate(inquiry));
                case ANALYSIS ->
                    found(metricOwners(own)
                            .resolve(FindingsAgent.analysis(tools.get(), model(Role.ANALYSIS, own), cluster(own), own)
                                    .investigate(inquiry)));
                case REMEDIATION ->
                    remediation.set(new RemediationAgent(tools.get(), model(Role.REMEDIATION, own), own, request.id())
                            .propose(inquiry, snapshot(), plan.intent()));
            }
            own.agentFinished(agent.wireName());
        } catch (RuntimeException e) {
            synchronized (failures) {
                failures.add(agent.wireName());
            }
            own.note(agent.wireName() + " failed: " + describe(e));
            own.agentFailed(agent.wireName(), describe(e));
        }
    }

    private Optional<ChatModel> model(Role role, Trail own) {
        return models.model(role, request, budget, own);
    }

    /** Existence checks for grounding go to the diagnostic agent's server, whichever agent is grounding. */
    private ResourceCheck cluster(Trail own) {
        var access = new ToolAccess(settings.access(SubAgent.DIAGNOSTIC).server(), Set.of(ResourceChecks.TOOL));
        return ResourceChecks.through(servers.tools(access, own));
    }

    /** Metric findings get their kind and owner from the diagnostic agent's server, like existence checks. */
    private MetricOwners metricOwners(Trail own) {
        var access = new ToolAccess(settings.access(SubAgent.DIAGNOSTIC).server(), Set.of(ResourceChecks.TOOL));
        return MetricOwners.through(servers.tools(access, own), own);
    }

    /** Workloads a question names are looked up on the diagnostic agent's server, like existence checks. */
    private WorkloadLookup workloads() {
        var access = new ToolAccess(settings.access(SubAgent.DIAGNOSTIC).server(), Set.copyOf(ClusterWorkloads.TOOLS));
        return ClusterWorkloads.through(servers.tools(access, trail.forAgent(MASTER)));
    }

    private void found(List<Finding> found) {
        synchronized (findings) {
            for (Finding finding : found) {
                if (findings.stream().noneMatch(f -> f.id().equals(finding.id()))) {
                    findings.add(finding);
                    trail.findingReported(finding);
                }
            }
        }
    }

    private List<Finding> snapshot() {
        synchronized (findings) {
            return List.copyOf(findings);
        }
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + Redactor.redact(String.valueOf(e.getMessage()));
    }

    private static String reasonFor(SubAgent agent, Plan plan) {
        return plan.route().stream()
                .filter(step -> step.agent().equals(agent.wireName()))
                .map(RouteStep::reason)
                .findFirst()
                .orElse("");
    }

    private InvestigationReport finish(
            Instant started, List<RouteStep> route, Conclusion conclusion, RemediationPlan proposed) {
        boolean failed = conclusion == null || !failures.isEmpty();
        String summary = conclusion == null
                ? "The investigation failed; see the notes."
                : failed
                        ? "Incomplete: " + String.join(", ", failures) + " failed (see the notes). "
                                + conclusion.summary()
                        : conclusion.summary();
        InvestigationReport report = new InvestigationReport(
                request.id(),
                failed ? InvestigationStatus.FAILED : InvestigationStatus.COMPLETED,
                request.question(),
                request.cluster(),
                request.namespace(),
                route,
                conclusion == null ? snapshot() : conclusion.findings(),
                conclusion == null ? List.of() : conclusion.rootCauses(),
                proposed.remediations(),
                summary,
                trail.modelCalls(),
                trail.toolCalls(),
                trail.notes(),
                started,
                clock.instant(),
                proposed.guides());
        if (failed) {
            trail.investigationFailed(report, summary);
        } else {
            trail.investigationFinished(report);
        }
        return report;
    }
}
