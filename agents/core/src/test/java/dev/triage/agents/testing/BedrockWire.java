package dev.triage.agents.testing;

import dev.triage.agents.testing.ScriptedWire.Recorded;
import dev.triage.agents.testing.ScriptedWire.Reply;
import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Bedrock Runtime's Converse operation on the wire ({@code POST /model/{modelId}/converse}, REST JSON), answering
 * from a script and recording each request with its SigV4 {@code Authorization} header. Unsigned requests get the 403
 * AWS gives them; the signature itself is not checked.
 */
public final class BedrockWire implements AutoCloseable {

    public static final String ACCESS_KEY = "AKIDROUTINGTEST";

    private final ScriptedWire wire = new ScriptedWire("/model/", BedrockWire::unsigned);

    /** Static fake credentials, signed with {@link #ACCESS_KEY}. */
    public static AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "fake-secret-key"));
    }

    /** A text answer with the usage Bedrock reports. */
    public static Reply answer(String text, int inputTokens, int outputTokens) {
        return converse(Map.of("text", text), "end_turn", inputTokens, outputTokens);
    }

    /** A request for one tool use. */
    public static Reply toolUse(
            String toolUseId, String tool, Map<String, Object> input, int inputTokens, int outputTokens) {
        Map<String, Object> use = Map.of("toolUseId", toolUseId, "name", tool, "input", input);
        return converse(Map.of("toolUse", use), "tool_use", inputTokens, outputTokens);
    }

    /** A service error as AWS sends it: the type in {@code x-amzn-ErrorType}, a message in the body. */
    public static Reply error(int status) {
        String type =
                switch (status) {
                    case 429 -> "ThrottlingException";
                    case 503 -> "ServiceUnavailableException";
                    default -> "InternalServerException";
                };
        return Reply.json(status, Map.of("message", type + " from fake"), Map.of("x-amzn-ErrorType", type));
    }

    /** The endpoint override a Bedrock client is given. */
    public URI endpoint() {
        return wire.uri();
    }

    public BedrockWire script(Reply... replies) {
        wire.script(List.of(replies));
        return this;
    }

    public List<Recorded> requests() {
        return wire.requests();
    }

    /** Each request's system prompt, in order: which agent asked. */
    public List<String> systemPrompts() {
        return requests().stream()
                .map(r -> r.body().path("system").path(0).path("text").asString(""))
                .toList();
    }

    /** Each request's offered tool names. */
    public List<List<String>> offeredTools() {
        return requests().stream()
                .map(r -> r.body()
                        .path("toolConfig")
                        .path("tools")
                        .valueStream()
                        .map(t -> t.path("toolSpec").path("name").asString())
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

    private static Reply converse(Map<String, Object> content, String stopReason, int in, int out) {
        Map<String, Object> message = Map.of("role", "assistant", "content", List.of(content));
        Map<String, Object> body = Map.of(
                "output", Map.of("message", message),
                "stopReason", stopReason,
                "usage", Map.of("inputTokens", in, "outputTokens", out, "totalTokens", in + out),
                "metrics", Map.of("latencyMs", 42));
        return Reply.json(200, body, Map.of("x-amzn-RequestId", "fake-request"));
    }

    private static Reply unsigned(Recorded request) {
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.startsWith("AWS4-HMAC-SHA256 ")) {
            return null;
        }
        return Reply.json(
                403,
                Map.of("message", "Missing Authentication Token"),
                Map.of("x-amzn-ErrorType", "MissingAuthenticationTokenException"));
    }
}
