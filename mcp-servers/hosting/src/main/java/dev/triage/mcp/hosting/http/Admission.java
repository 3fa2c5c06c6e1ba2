package dev.triage.mcp.hosting.http;

/** Whether a POST reaches the SDK transport, or is answered at the edge with a JSON-RPC error. */
sealed interface Admission {

    /**
     * Goes on to the transport: the body as read, the request's id and method (null for a response or when it has
     * none), and how to frame the answer.
     */
    record Admitted(byte[] body, Object id, String method, ResponseFormat format) implements Admission {}

    /** Answered here: the HTTP status, the request's id when known, and the JSON-RPC error. */
    record Rejected(int status, Object id, int code, String message) implements Admission {}

    /** Refused for want of an OAuth scope: a 403 whose challenge names the scope (RFC 6750 insufficient_scope). */
    record Forbidden(Object id, String scope, String message) implements Admission {}
}
