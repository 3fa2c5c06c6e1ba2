package dev.triage.agents.routing;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.triage.agents.observation.InvestigationObserver;

/**
 * A langchain4j {@link ChatModel} over the router for one agent, so AI services (tool calling included) run on routed
 * models. Each call is routed afresh, with the evidence size measured from the request, since tool results grow it.
 * When the router says rules, it throws {@link RulesTierSelected}; the observer has seen every attempt by then.
 */
public final class RoutedChatModel implements ChatModel {

    private final ModelRouter router;
    private final CallContext context;
    private final InvestigationObserver observer;

    RoutedChatModel(ModelRouter router, CallContext context, InvestigationObserver observer) {
        this.router = router;
        this.context = context;
        this.observer = observer;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        RoutedChat routed = router.chat(context.withEvidenceChars(evidenceChars(request)), request, observer);
        return switch (routed) {
            case RoutedChat.Answered answered -> answered.response();
            case RoutedChat.UseRules rules -> throw new RulesTierSelected(rules.reason(), rules.attempts());
        };
    }

    private static int evidenceChars(ChatRequest request) {
        return request.messages().stream().mapToInt(RoutedChatModel::chars).sum();
    }

    private static int chars(ChatMessage message) {
        return switch (message) {
            case UserMessage user ->
                user.contents().stream().mapToInt(RoutedChatModel::chars).sum();
            case ToolExecutionResultMessage result -> length(result.text());
            case SystemMessage system -> length(system.text());
            default -> 0;
        };
    }

    private static int chars(Content content) {
        return content instanceof TextContent text ? length(text.text()) : 0;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
