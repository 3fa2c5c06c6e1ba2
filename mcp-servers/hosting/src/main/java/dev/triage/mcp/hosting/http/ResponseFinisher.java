package dev.triage.mcp.hosting.http;

import dev.triage.mcp.hosting.bounds.Echo;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
            Admission.Admitted request)
            throws IOException {
        if (capture.error().isPresent()) {
            httpError(response, capture.error().get(), request.id());
        } else if (buffered.getStatus() >= 400) {
            transportError(response, buffered, request);
        } else if (isErrorResponse(buffered)) {
            jsonRpcError(response, buffered, request);
        } else if (request.format() == ResponseFormat.EVENT_STREAM && buffered.getContentSize() > 0) {
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
        errors.write(
                response,
                error.status(),
                requestId,
                ErrorCodes.INVALID_REQUEST,
                Echo.of(describe(error), PlainErrors.MAX_MESSAGE_CHARS));
    }

    /**
     * The transport writes its {@code McpError} exception as the body (the error under {@code jsonRpcError}, plus
     * the exception's own fields), not a JSON-RPC response; only the code and a plain message are kept. Its 500s
     * come from requests the SDK fails to read: bad input, so 400.
     */
    private void transportError(
            HttpServletResponse response, ContentCachingResponseWrapper buffered, Admission.Admitted request)
            throws IOException {
        JsonNode error = parse(buffered.getContentAsByteArray()).path("jsonRpcError");
        int code = error.path("code").asInt(ErrorCodes.INTERNAL_ERROR);
        String message = error.path("message").asString("request not handled");
        int status = buffered.getStatus() >= 500 ? HttpServletResponse.SC_BAD_REQUEST : buffered.getStatus();
        var plain = PlainErrors.of(code, message, request.method());
        errors.write(response, status, request.id(), plain.code(), plain.message());
    }

    /** A JSON-RPC error the SDK answered (status 200): re-written so that its message is plain and bounded. */
    private void jsonRpcError(
            HttpServletResponse response, ContentCachingResponseWrapper buffered, Admission.Admitted request)
            throws IOException {
        JsonNode error = parse(buffered.getContentAsByteArray()).path("error");
        var plain = PlainErrors.of(
                error.path("code").asInt(ErrorCodes.INTERNAL_ERROR),
                error.path("message").asString(""),
                request.method());
        errors.write(response, buffered.getStatus(), request.id(), plain.code(), plain.message());
    }

    /**
     * Whether the SDK's answer is a JSON-RPC error response, read member by member up to its {@code result} or
     * {@code error} (which JSON-RPC never sends together): a result, a {@code tools/list} answer of tens of
     * kilobytes, is not read through.
     */
    private boolean isErrorResponse(ContentCachingResponseWrapper buffered) {
        if (buffered.getContentSize() == 0) {
            return false;
        }
        try (JsonParser parser = json.createParser(buffered.getContentAsByteArray())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String member = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("error".equals(member)) {
                    return value == JsonToken.START_OBJECT;
                }
                if ("result".equals(member)) {
                    return false;
                }
                parser.skipChildren();
            }
            return false;
        } catch (JacksonException unreadable) {
            return false;
        }
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
