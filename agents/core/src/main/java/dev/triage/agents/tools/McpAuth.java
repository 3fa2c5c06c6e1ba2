package dev.triage.agents.tools;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one MCP request carries to be let in, as HTTP headers computed from the request itself: nothing, a bearer
 * token ({@link McpCredentials}), or an AWS Signature Version 4 over the URL and body ({@link SigV4Auth}, for an
 * AgentCore Runtime with IAM inbound auth). Implementations never log what they return.
 */
@FunctionalInterface
public interface McpAuth {

    /** The headers for a request to {@code url} with this exact {@code body} (empty for a GET). */
    Map<String, String> headers(URI url, byte[] body);

    static McpAuth none() {
        return (url, body) -> Map.of();
    }

    /** Headers that depend on nothing in the request, such as a bearer token. */
    static McpAuth of(Supplier<Map<String, String>> headers) {
        return (url, body) -> headers.get();
    }
}
