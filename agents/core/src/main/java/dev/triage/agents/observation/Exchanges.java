package dev.triage.agents.observation;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.triage.agents.redaction.Redactor;
import java.util.stream.Collectors;

/**
 * A model exchange as text an observer may keep: each message on its own lines, prefixed by its role, redacted, and
 * cut at {@code maxChars}. Rendering costs a pass over the prompt, so only observers that keep the text call this.
 */
public final class Exchanges {

    private Exchanges() {}

    public static String input(ChatRequest request, int maxChars) {
        String text = request.messages().stream().map(Exchanges::line).collect(Collectors.joining("\n"));
        return bounded(Redactor.redact(text), maxChars);
    }

    public static String output(ChatResponse response, int maxChars) {
        AiMessage message = response == null ? null : response.aiMessage();
        return message == null ? "" : bounded(Redactor.redact(line(message)), maxChars);
    }

    private static String line(ChatMessage message) {
        return switch (message) {
            case SystemMessage system -> "system: " + system.text();
            case UserMessage user ->
                "user: " + user.contents().stream().map(Exchanges::text).collect(Collectors.joining(" "));
            case ToolExecutionResultMessage result -> "tool " + result.toolName() + ": " + result.text();
            case AiMessage ai -> "assistant: " + nullToEmpty(ai.text()) + toolRequests(ai);
            default -> message.type() + ": (not shown)";
        };
    }

    private static String toolRequests(AiMessage ai) {
        if (!ai.hasToolExecutionRequests()) {
            return "";
        }
        return ai.toolExecutionRequests().stream()
                .map(Exchanges::call)
                .collect(Collectors.joining(", ", " [calls ", "]"));
    }

    private static String call(ToolExecutionRequest request) {
        return request.name() + " " + request.arguments();
    }

    private static String text(Content content) {
        return content instanceof TextContent text ? text.text() : "(" + content.type() + ")";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String bounded(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars) + "... (" + text.length() + " chars)";
    }
}
