package dev.triage.agents.testing;

import dev.triage.agents.testing.ScriptedWire.Recorded;
import dev.triage.agents.testing.ScriptedWire.Reply;
import java.net.URI;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** vLLM's OpenAI-compatible chat completions on the wire ({@code POST /v1/chat/completions}), from a script. */
public final class OpenAiWire implements AutoCloseable {

    private final ScriptedWire wire = new ScriptedWire("/v1/", request -> null);

    /** A text answer with the usage vLLM reports. */
    public static Reply answer(String text, int promptTokens, int completionTokens) {
        return completion(Map.of("role", "assistant", "content", text), "stop", promptTokens, completionTokens);
    }

    /** A request for one tool call. */
    public static Reply toolCall(String id, String tool, String argumentsJson, int promptTokens, int completionTokens) {
        Map<String, Object> call =
                Map.of("id", id, "type", "function", "function", Map.of("name", tool, "arguments", argumentsJson));
        Map<String, Object> message = Map.of("role", "assistant", "tool_calls", List.of(call));
        return completion(message, "tool_calls", promptTokens, completionTokens);
    }

    /** An error in the OpenAI error shape. */
    public static Reply error(int status) {
        Map<String, Object> error = Map.of("message", "error from fake", "type", "server_error", "code", status);
        return Reply.json(status, Map.of("error", error), Map.of());
    }

    /** The base URL a client is given: the API root including {@code /v1}. */
    public URI baseUrl() {
        return wire.uri().resolve("/v1");
    }

    public OpenAiWire script(Reply... replies) {
        wire.script(List.of(replies));
        return this;
    }

    public List<Recorded> requests() {
        return wire.requests();
    }

    /** Each request's system prompt, in order: which agent asked. */
    public List<String> systemPrompts() {
        return requests().stream()
                .map(r -> r.body().path("messages").path(0))
                .map(m -> "system".equals(m.path("role").asString())
                        ? m.path("content").asString("")
                        : "")
                .toList();
    }

    /** The tool results request {@code index} carried back to the model. */
    public List<String> toolResults(int index) {
        return messages(index).stream()
                .filter(m -> "tool".equals(m.path("role").asString()))
                .map(m -> m.path("content").asString(""))
                .toList();
    }

    /** Each request's offered tool names. */
    public List<List<String>> offeredTools() {
        return requests().stream()
                .map(r -> r.body()
                        .path("tools")
                        .valueStream()
                        .map(t -> t.path("function").path("name").asString())
                        .toList())
                .toList();
    }

    public boolean scriptUsed() {
        return wire.used();
    }

    @Override
    public void close() {
        wire.close();
    }

    private List<JsonNode> messages(int index) {
        return requests().get(index).body().path("messages").valueStream().toList();
    }

    private static Reply completion(Map<String, Object> message, String finishReason, int prompt, int completion) {
        Map<String, Object> choice = Map.of("index", 0, "message", message, "finish_reason", finishReason);
        Map<String, Object> body = Map.of(
                "id",
                "chatcmpl-fake",
                "object",
                "chat.completion",
                "created",
                1_700_000_000,
                "model",
                "served-model",
                "choices",
                List.of(choice),
                "usage",
                Map.of("prompt_tokens", prompt, "completion_tokens", completion, "total_tokens", prompt + completion));
        return Reply.json(200, body, Map.of());
    }
}
