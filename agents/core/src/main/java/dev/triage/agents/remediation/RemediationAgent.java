package dev.triage.agents.remediation;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.triage.agents.routing.Role;
import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.ModelTurn;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import dev.triage.model.GuideCitation;
import dev.triage.model.Remediation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposes runbooks for root causes through the runbook server. Proposals are dry runs: the server applies policy,
 * and executing needs a human's approval. The rules tier maps categories to runbooks; a model, when routing picks
 * one, chooses from the catalog instead, and each of its choices is grounded before it is proposed.
 */
public final class RemediationAgent {

    private final Catalog catalog;
    private final Guides guides;
    private final Proposer proposer;
    private final Optional<ChatModel> model;
    private final Trail trail;

    /** @param investigationId the investigation the proposals are for: each is its own, with its own approval */
    public RemediationAgent(ServerTools runbooks, Optional<ChatModel> model, Trail trail, String investigationId) {
        this.catalog = new Catalog(runbooks, trail);
        this.guides = new Guides(runbooks, trail);
        this.proposer = new Proposer(runbooks, trail, investigationId);
        this.model = model;
        this.trail = trail;
    }

    /**
     * Proposals for the root causes among {@code findings}, or for the action a person asked for by name. An asked
     * action is taken as asked (still only proposed), so it never goes to a model.
     */
    public RemediationPlan propose(Inquiry inquiry, List<Finding> findings, Optional<Intent> intent) {
        List<Finding> rootCauses =
                findings.stream().filter(Finding::isRootCause).toList();
        List<GuideCitation> cited = guides.cite(rootCauses);
        Optional<List<Remediation>> chosen = model.filter(m -> intent.isEmpty())
                .flatMap(m -> ModelTurn.ask(
                        Role.REMEDIATION.wireName(), trail, () -> new ModelChoices(catalog, proposer, trail)
                                .propose(assistant(m), inquiry, rootCauses, guides.bodies(cited))));
        List<Remediation> remediations =
                chosen.orElseGet(() -> new RuleChoices(catalog, proposer, trail).propose(findings, rootCauses, intent));
        return new RemediationPlan(remediations, fixes(rootCauses), cited);
    }

    /** No proposals, only the fix each root cause needs: when no runbook server is configured or none ran. */
    public static RemediationPlan adviceOnly(List<Finding> findings) {
        return new RemediationPlan(
                List.of(), fixes(findings.stream().filter(Finding::isRootCause).toList()));
    }

    private static Map<String, String> fixes(List<Finding> rootCauses) {
        Map<String, String> fixes = new LinkedHashMap<>();
        rootCauses.forEach(f -> fixes.put(f.id(), Fixes.advice(f)));
        return fixes;
    }

    private static RemediationAssistant assistant(ChatModel chatModel) {
        return AiServices.builder(RemediationAssistant.class)
                .chatModel(chatModel)
                .systemMessageProvider(memoryId -> ModelChoices.SYSTEM_PROMPT)
                .build();
    }
}
