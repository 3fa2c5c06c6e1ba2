package dev.triage.agents.findings;

import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.triage.agents.grounding.FindingGrounder;
import dev.triage.agents.grounding.ResourceCheck;
import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.ModelTurn;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sub-agent that finds problems through its one MCP server: the diagnostic agent (EKS) or the analysis agent
 * (CloudWatch). The rules tier returns the deterministic analysis; a model, when routing picks one, investigates
 * further with the server's tools, sees the deterministic findings too, and whatever it claims is grounded before
 * it is added.
 */
public final class FindingsAgent {

    /** Enough for a focused look at a few objects; a runaway tool loop ends here. */
    private static final int MAX_TOOL_CALLS = 12;

    private final Specialty specialty;
    private final ServerTools tools;
    private final Optional<ChatModel> model;
    private final ResourceCheck cluster;
    private final Trail trail;

    private FindingsAgent(
            Specialty specialty, ServerTools tools, Optional<ChatModel> model, ResourceCheck cluster, Trail trail) {
        this.specialty = specialty;
        this.tools = tools;
        this.model = model;
        this.cluster = cluster;
        this.trail = trail;
    }

    /** The diagnostic agent over the EKS server's tools. */
    public static FindingsAgent diagnostic(
            ServerTools eks, Optional<ChatModel> model, ResourceCheck cluster, Trail trail) {
        return new FindingsAgent(Prompts.DIAGNOSTIC, eks, model, cluster, trail);
    }

    /** The analysis agent over the CloudWatch server's tools. */
    public static FindingsAgent analysis(
            ServerTools cloudwatch, Optional<ChatModel> model, ResourceCheck cluster, Trail trail) {
        return new FindingsAgent(Prompts.ANALYSIS, cloudwatch, model, cluster, trail);
    }

    public List<Finding> investigate(Inquiry inquiry) {
        List<Finding> analyzed = specialty.rules().findings(tools, inquiry, trail);
        if (model.isEmpty()) {
            return analyzed;
        }
        Optional<FindingsAssistant.Answer> answer = ModelTurn.ask(
                specialty.agent(), trail, () -> assistant(model.get()).investigate(Prompts.request(inquiry, analyzed)));
        if (answer.isEmpty()) {
            return analyzed;
        }
        List<Finding> all = new ArrayList<>(analyzed);
        all.addAll(new FindingGrounder(analyzed, cluster, trail)
                .ground(answer.get().findings()));
        return all;
    }

    private FindingsAssistant assistant(ChatModel chatModel) {
        return AiServices.builder(FindingsAssistant.class)
                .chatModel(chatModel)
                .systemMessageProvider(memoryId -> specialty.systemPrompt())
                .toolProvider(tools.forModel())
                .maxSequentialToolsInvocations(MAX_TOOL_CALLS)
                .hallucinatedToolNameStrategy(request -> ToolExecutionResultMessage.from(
                        request,
                        tools.refuse(request.name(), request.arguments()).text()))
                .build();
    }
}
