package dev.triage.agents.routing;

import dev.triage.agents.routing.WireFake.Recorded;
import dev.triage.agents.routing.WireFake.Reply;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** vLLM's OpenAI-compatible chat completions on the wire: {@code POST /v1/chat/completions}. */
final class FakeOpenAi implements AutoCloseable {

    private final WireFake wire = new WireFake("/v1/", request -> null);

    FakeOpenAi() throws IOException {}

    static Reply answer(String text, int promptTokens, int completionTokens) {
        return completion(Map.of("role", "assistant", "content", text), "stop", promptTokens, completionTokens);
    }

    static Reply toolCall(String id, String tool, String argumentsJson, int promptTokens, int completionTokens) {
        Map<String, Object> call =
                Map.of("id", id, "type", "function", "function", Map.of("name", tool, "arguments", argumentsJson));
        Map<String, Object> message = Map.of("role", "assistant", "tool_calls", List.of(call));
        return completion(message, "tool_calls", promptTokens, completionTokens);
    }

    static Reply error(int status) {
        Map<String, Object> error = Map.of("message", "error from fake", "type", "server_error", "code", status);
        return Reply.json(status, Map.of("error", error), Map.of());
    }

    /** The base URL a client is given: the API root including {@code /v1}. */
    URI baseUrl() {
        return wire.uri().resolve("/v1");
    }

    void script(Reply... replies) {
        wire.script(replies);
    }

    List<Recorded> requests() {
        return wire.requests();
    }

    @Override
    public void close() {
        wire.close();
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
