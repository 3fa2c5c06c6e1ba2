package dev.triage.agents.master;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.triage.agents.grounding.WorkloadLookup;
import dev.triage.agents.redaction.UntrustedData;
import dev.triage.agents.remediation.Intent;
import dev.triage.agents.routing.Role;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.ModelTurn;
import dev.triage.agents.trail.Trail;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Plans with a model when routing picks one, checked; the rules router otherwise, or when the plan fails a check. */
final class Planner {

    private static final String SYSTEM_PROMPT = "You are the master agent of Triage, an SRE assistant for "
            + "Kubernetes (EKS). Route the request to the specialist agents, in stages (agents in one stage run in "
            + "parallel):\n"
            + Arrays.stream(SubAgent.values())
                    .map(a -> "- " + a.wireName() + ": " + a.description())
                    .collect(Collectors.joining("\n"))
            + "\nCrashes, errors, pending or unhealthy pods: diagnostic and analysis together, then remediation. "
            + "Slowness, latency, saturation, throttling, CPU: analysis first, then diagnostic, then remediation. "
            + "A request to restart, roll back or scale a workload: diagnostic on it, then remediation.\n"
            + UntrustedData.RULE;

    private Planner() {}

    /**
     * The plan; an action the question asks for counts only on a workload {@code cluster} shows, whichever tier
     * plans (a model's plan carries the rules' intent, never one of its own).
     */
    static Plan plan(Inquiry inquiry, Optional<ChatModel> model, Trail trail, WorkloadLookup cluster) {
        Optional<Intent> intent =
                AskedActions.resolve(RulesRouter.asked(inquiry.question()), inquiry.namespace(), cluster, trail);
        Plan rules = RulesRouter.route(inquiry, intent);
        Optional<PlanAssistant.Answer> answer = model.flatMap(m ->
                ModelTurn.ask(Role.MASTER.wireName(), trail, () -> assistant(m).plan(request(inquiry))));
        if (answer.isEmpty()) {
            return rules;
        }
        PlanCheck.Result checked = PlanCheck.check(answer.get(), rules.intent());
        if (checked.plan().isEmpty()) {
            trail.note("master: the model's plan was rejected (" + checked.problem() + "); the rules routing ran.");
            return rules;
        }
        return checked.plan().get();
    }

    private static PlanAssistant assistant(ChatModel chatModel) {
        return AiServices.builder(PlanAssistant.class)
                .chatModel(chatModel)
                .systemMessageProvider(memoryId -> SYSTEM_PROMPT)
                .build();
    }

    private static String request(Inquiry inquiry) {
        String alert = inquiry.alertText() == null ? "" : "\n" + UntrustedData.block("alert", inquiry.alertText());
        return "Plan the investigation of this request.\n" + UntrustedData.block("request", inquiry.question()) + alert;
    }
}
