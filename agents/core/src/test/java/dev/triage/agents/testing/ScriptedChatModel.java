package dev.triage.agents.testing;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.triage.agents.routing.RulesTierSelected;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A chat model that replays scripted turns (text, tool-call requests, or the router choosing rules) and records
 * every request, so tests assert on what the agents sent and which tools they called, never on prose.
 */
public final class ScriptedChatModel implements ChatModel {

    private final Deque<Function<ChatRequest, ChatResponse>> turns = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    public static ScriptedChatModel of() {
        return new ScriptedChatModel();
    }

    /** The next turn answers with {@code text}. */
    public ScriptedChatModel thenText(String text) {
        turns.add(request -> response(AiMessage.from(text), FinishReason.STOP));
        return this;
    }

    /** The next turn asks for one tool call. */
    public ScriptedChatModel thenToolCall(String tool, String argumentsJson) {
        ToolExecutionRequest call = ToolExecutionRequest.builder()
                .id(UUID.randomUUID().toString())
                .name(tool)
                .arguments(argumentsJson)
                .build();
        turns.add(request -> response(AiMessage.from(List.of(call)), FinishReason.TOOL_EXECUTION));
        return this;
    }

    /** The next turn is the router choosing the rules tier. */
    public ScriptedChatModel thenRulesTier() {
        turns.add(request -> {
            throw new RulesTierSelected("scripted", List.of());
        });
        return this;
    }

    @Override
    public synchronized ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        if (turns.isEmpty()) {
            throw new IllegalStateException("the script has no turn left for request " + requests.size());
        }
        return turns.poll().apply(request);
    }

    public synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    /** Every tool a request offered the model, by name. */
    public synchronized List<String> offeredTools() {
        return requests.stream()
                .flatMap(r -> r.toolSpecifications().stream())
                .map(ToolSpecification::name)
                .distinct()
                .toList();
    }

    /** Every text the model was sent, message by message (system, user and tool results). */
    public synchronized List<String> sentTexts() {
        return requests.stream()
                .flatMap(r -> r.messages().stream())
                .map(ScriptedChatModel::text)
                .toList();
    }

    public synchronized boolean finished() {
        return turns.isEmpty();
    }

    private static String text(ChatMessage message) {
        return switch (message) {
            case SystemMessage system -> system.text();
            case UserMessage user -> user.singleText();
            case ToolExecutionResultMessage result -> result.text();
            case AiMessage ai -> ai.text() == null ? "" : ai.text();
            default -> "";
        };
    }

    private static ChatResponse response(AiMessage message, FinishReason reason) {
        return ChatResponse.builder()
                .aiMessage(message)
                .finishReason(reason)
                .tokenUsage(new TokenUsage(10, 5))
                .build();
    }
}
