package dev.triage.mcp.hosting.http;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Optional;

/**
 * Records the SDK transport's bare {@code sendError} answers (405 for GET, 413 for a declared oversize body,
 * 403/421 from the security validator) instead of letting the container render an error page, so the filter can
 * answer them as JSON-RPC.
 */
final class ErrorCapture extends HttpServletResponseWrapper {

    record HttpError(int status, String message) {}

    private HttpError error;

    ErrorCapture(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendError(int status) {
        sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) {
        error = new HttpError(status, message);
    }

    Optional<HttpError> error() {
        return Optional.ofNullable(error);
    }
}
