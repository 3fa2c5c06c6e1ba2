package dev.triage.agents.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.mcp.client.McpCallContext;
import dev.langchain4j.mcp.client.McpHeadersSupplier;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The headers of one MCP request: the endpoint's credentials, computed over the request's URL and body, and the
 * headers every request carries (the trace context). The body is the JSON-RPC message as the transport writes it
 * (Jackson's default mapper, as {@code StreamableHttpMcpTransport} uses), so a signature covers the bytes sent.
 */
final class RequestHeaders implements McpHeadersSupplier {

    private static final ObjectMapper TRANSPORT_JSON = new ObjectMapper();
    private static final byte[] NO_BODY = new byte[0];

    private final McpEndpoint endpoint;
    private final Supplier<Map<String, String>> always;

    RequestHeaders(McpEndpoint endpoint, Supplier<Map<String, String>> always) {
        this.endpoint = endpoint;
        this.always = always;
    }

    @Override
    public Map<String, String> apply(McpCallContext context) {
        Map<String, String> headers = new HashMap<>(always.get());
        headers.putAll(endpoint.auth().headers(endpoint.url(), body(context)));
        return headers;
    }

    private static byte[] body(McpCallContext context) {
        if (context == null || context.message() == null) {
            return NO_BODY;
        }
        try {
            return TRANSPORT_JSON.writeValueAsString(context.message()).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an MCP message could not be written as JSON", e);
        }
    }
}
