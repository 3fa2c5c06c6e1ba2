package dev.triage.mcp.hosting.http;

import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what the SDK transport answered, in the form the client can take: JSON-RPC error envelopes for its HTTP
 * errors, and one server-sent event for a client that accepts only {@code text/event-stream}.
 */
final class ResponseFinisher {

    private final JsonRpcErrorWriter errors;
    private final JsonMapper json;

    ResponseFinisher(JsonRpcErrorWriter errors, JsonMapper json) {
        this.errors = errors;
        this.json = json;
    }

    void finish(
            HttpServletResponse response,
            ErrorCapture capture,
            ContentCachingResponseWrapper buffered,
            Object requestId,
            ResponseFormat format)
            throws IOException {
        if (capture.error().isPresent()) {
            httpError(response, capture.error().get(), requestId);
        } else if (buffered.getStatus() >= 400) {
            transportError(response, buffered, requestId);
        } else if (format == ResponseFormat.EVENT_STREAM && buffered.getContentSize() > 0) {
            eventStream(response, buffered);
        } else {
            buffered.copyBodyToResponse();
        }
    }

    private void httpError(HttpServletResponse response, ErrorCapture.HttpError error, Object requestId)
            throws IOException {
        if (error.status() == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            response.setHeader("Allow", "POST");
        }
        errors.write(response, error.status(), requestId, ErrorCodes.INVALID_REQUEST, describe(error));
    }

    /**
     * The transport writes its {@code McpError} exception as the body (the error under {@code jsonRpcError}, plus
     * the exception's own fields), not a JSON-RPC response; only the code and message are kept. Its 500s come from
     * requests the SDK fails to read (e.g. {@code tools/call} without params): bad input, so 400.
     */
    private void transportError(HttpServletResponse response, ContentCachingResponseWrapper buffered, Object id)
            throws IOException {
        JsonNode error = parse(buffered.getContentAsByteArray()).path("jsonRpcError");
        int code = error.path("code").asInt(ErrorCodes.INTERNAL_ERROR);
        String message = error.path("message").asString("request not handled");
        int status = buffered.getStatus() >= 500 ? HttpServletResponse.SC_BAD_REQUEST : buffered.getStatus();
        errors.write(response, status, id, code, message);
    }

    private void eventStream(HttpServletResponse response, ContentCachingResponseWrapper buffered) throws IOException {
        String data = new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8);
        byte[] event =
                ("event: message\ndata: " + data.replace("\n", "\ndata: ") + "\n\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(buffered.getStatus());
        response.setContentType("text/event-stream");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(event.length);
        response.getOutputStream().write(event);
        response.flushBuffer();
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JacksonException unreadable) {
            return json.createObjectNode();
        }
    }

    private static String describe(ErrorCapture.HttpError error) {
        HttpStatus known = HttpStatus.resolve(error.status());
        String reason = known == null ? "HTTP " + error.status() : known.getReasonPhrase();
        if (error.status() == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            return reason + ": the MCP endpoint takes JSON-RPC messages by POST only";
        }
        return error.message() == null || error.message().isBlank() ? reason : reason + ": " + error.message();
    }
}
