package dev.triage.mcp.hosting.http;

import dev.triage.mcp.hosting.bounds.Echo;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import java.util.regex.Pattern;

/**
 * The SDK's JSON-RPC errors as a client should read them. When the SDK cannot map a message onto its records it
 * answers with the Java exception's text ({@code Cannot invoke ... because "initializeRequest" is null}, a Jackson
 * {@code MismatchedInputException} naming {@code McpSchema$CallToolRequest}): that says nothing a client can act on,
 * and names our internals. Such an error becomes invalid params in plain words; every message is bounded.
 */
final class PlainErrors {

    /** Longest error message sent: the SDK's own are a line; anything longer quotes input back. */
    static final int MAX_MESSAGE_CHARS = 500;

    private static final Pattern JAVA_TEXT = Pattern.compile(
            "(?i)exception|cannot invoke|cannot deserialize|because \"|\\bjava\\.|jackson|modelcontextprotocol"
                    + "|mcpschema|\\$[A-Z]|\\[Source:|line: \\d+, column: \\d+");

    /** The error a client gets: same code unless the SDK failed to read the request. */
    record Plain(int code, String message) {}

    private PlainErrors() {}

    static Plain of(int code, String message, String method) {
        if (message != null && JAVA_TEXT.matcher(message).find()) {
            return unreadable(code, method);
        }
        String text = message == null || message.isBlank() ? "the request was not handled" : message;
        return new Plain(code, Echo.of(text, MAX_MESSAGE_CHARS));
    }

    private static Plain unreadable(int code, String method) {
        if (code == ErrorCodes.METHOD_NOT_FOUND) {
            return new Plain(code, "Method not found: " + Echo.of(String.valueOf(method)));
        }
        if (method == null) {
            return new Plain(
                    ErrorCodes.INVALID_REQUEST, "Invalid request: not a JSON-RPC 2.0 message this server can read");
        }
        return new Plain(
                ErrorCodes.INVALID_PARAMS,
                "Invalid params: the params of " + Echo.of(method)
                        + " do not match what the MCP specification defines for this method");
    }
}
