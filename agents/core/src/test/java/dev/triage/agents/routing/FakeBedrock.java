package dev.triage.agents.routing;

import dev.triage.agents.routing.WireFake.Recorded;
import dev.triage.agents.routing.WireFake.Reply;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Bedrock Runtime's Converse operation on the wire: {@code POST /model/{modelId}/converse}, REST JSON, SigV4 signed.
 * Unsigned requests get the 403 AWS gives them; the signature itself is not checked.
 */
final class FakeBedrock implements AutoCloseable {

    static final String ACCESS_KEY = "AKIDROUTINGTEST";

    private final WireFake wire = new WireFake("/model/", FakeBedrock::unsigned);

    FakeBedrock() throws IOException {}

    static AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "fake-secret-key"));
    }

    static Reply answer(String text, int inputTokens, int outputTokens) {
        return converse(Map.of("text", text), "end_turn", inputTokens, outputTokens);
    }

    static Reply toolUse(String toolUseId, String tool, Map<String, Object> input, int inputTokens, int outputTokens) {
        Map<String, Object> use = Map.of("toolUseId", toolUseId, "name", tool, "input", input);
        return converse(Map.of("toolUse", use), "tool_use", inputTokens, outputTokens);
    }

    /** A service error as AWS sends it: the error type in {@code x-amzn-ErrorType}, a message in the body. */
    static Reply error(int status) {
        String type =
                switch (status) {
                    case 429 -> "ThrottlingException";
                    case 503 -> "ServiceUnavailableException";
                    default -> "InternalServerException";
                };
        return Reply.json(status, Map.of("message", type + " from fake"), Map.of("x-amzn-ErrorType", type));
    }

    URI endpoint() {
        return wire.uri();
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
