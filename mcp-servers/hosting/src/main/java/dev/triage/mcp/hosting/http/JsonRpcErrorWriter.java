package dev.triage.mcp.hosting.http;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a JSON-RPC error response. The SDK's {@code JSONRPCResponse} refuses a null id, which JSON-RPC requires
 * when the request's id is unknown (a parse error), and the SDK transport's own error bodies are bare error objects;
 * so the endpoint writes its error envelopes with this one.
 */
final class JsonRpcErrorWriter {

    /** The JSON-RPC 2.0 error response; {@code id} is null when the request's id could not be read. */
    record ErrorResponse(String jsonrpc, Object id, JSONRPCError error) {}

    private final McpJsonMapper jsonMapper;

    JsonRpcErrorWriter(McpJsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    void write(HttpServletResponse response, int status, Object id, int code, String message) throws IOException {
        byte[] body = jsonMapper.writeValueAsBytes(new ErrorResponse("2.0", id, new JSONRPCError(code, message)));
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
