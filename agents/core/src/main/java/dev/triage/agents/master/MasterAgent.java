package dev.triage.agents.master;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.triage.agents.findings.NamedWorkload;
import dev.triage.agents.grounding.WorkloadLookup;
import dev.triage.agents.redaction.UntrustedData;
import dev.triage.agents.remediation.RemediationPlan;
import dev.triage.agents.routing.Role;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.ModelTurn;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routes a request to the sub-agents and synthesizes what they found. Each step uses the master's model when routing
 * picks one and its answer passes the checks; the rules tier otherwise.
 */
public final class MasterAgent {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUMMARY_PROMPT = "You are the master agent of Triage, an SRE assistant for "
            + "Kubernetes. Write the investigation's summary for an on-call engineer woken at night: the root causes "
            + "most urgent first, the evidence that shows each, and exactly what to do (the proposed runbooks need "
            + "a person's approval; name the fix where no runbook applies). Plain text, short lines, no more than "
            + "about 25 lines. Mention only resources and finding ids from the findings given.\n"
            + UntrustedData.RULE;

    private final Optional<ChatModel> model;
    private final Trail trail;
    private final WorkloadLookup cluster;

    /** @param cluster where a workload the question names is looked up before any action on it is planned */
    public MasterAgent(Optional<ChatModel> model, Trail trail, WorkloadLookup cluster) {
        this.model = model;
        this.trail = trail;
        this.cluster = cluster;
    }

    public Plan plan(Inquiry inquiry) {
        return Planner.plan(inquiry, model, trail, cluster);
    }

    public Conclusion conclude(String cluster, Inquiry inquiry, List<Finding> findings, RemediationPlan remediation) {
        CauseGraph graph = new CauseGraph(findings, NamedWorkload.in(inquiry.question()));
        String template =
                SummaryTemplate.write(SummaryTemplate.scope(cluster, inquiry.namespace()), graph, remediation);
        String summary = model.flatMap(m -> modelSummary(m, inquiry, graph, remediation, template))
                .orElse(template);
        List<String> rootCauses = graph.rootCauses().stream().map(Finding::id).toList();
        return new Conclusion(graph.ordered(), rootCauses, summary);
    }

    private Optional<String> modelSummary(
            ChatModel chatModel, Inquiry inquiry, CauseGraph graph, RemediationPlan remediation, String template) {
        Optional<String> text =
                ModelTurn.ask(Role.MASTER.wireName(), trail, () -> AiServices.builder(SummaryAssistant.class)
                        .chatModel(chatModel)
                        .systemMessageProvider(memoryId -> SUMMARY_PROMPT)
                        .build()
                        .summarize(request(inquiry, graph, remediation, template)));
        Optional<String> problem = text.flatMap(t -> SummaryCheck.problem(t, graph));
        problem.ifPresent(p -> trail.note("master: the model's summary was not used (" + p + "); the template was."));
        return problem.isPresent() ? Optional.empty() : text.map(String::strip);
    }

    private static String request(Inquiry inquiry, CauseGraph graph, RemediationPlan remediation, String template) {
        return "Summarize this investigation.\n" + UntrustedData.block("question", inquiry.question())
                + "\nFindings, root causes first:\n"
                + UntrustedData.block("findings", JSON.writeValueAsString(graph.ordered()))
                + "\nProposals and fixes:\n" + UntrustedData.block("remediation", JSON.writeValueAsString(remediation))
                + "\nThe deterministic summary, to improve on:\n" + UntrustedData.block("template", template);
    }
}
