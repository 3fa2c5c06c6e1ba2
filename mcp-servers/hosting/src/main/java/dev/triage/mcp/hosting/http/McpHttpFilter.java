package dev.triage.mcp.hosting.http;

import dev.triage.mcp.hosting.bounds.Echo;
import dev.triage.mcp.hosting.tool.ToolClass;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edge of the MCP endpoint: whatever the SDK's stateless transport does not answer as JSON-RPC. It bounds the
 * body (413), answers what is not JSON with a parse error (the transport calls it an invalid request), serves
 * clients that accept only one of JSON or SSE (the transport wants both), and re-frames the transport's HTTP errors
 * as JSON-RPC error responses. It also names an unknown tool in the error, where the SDK says "invalid_tool_name".
 */
public final class McpHttpFilter extends OncePerRequestFilter {

    static final String PROTOCOL_VERSION = "MCP-Protocol-Version";

    private final JsonRpcErrorWriter errors;
    private final ResponseFinisher finisher;
    private final JsonMapper json = JsonMapper.builder().build();
    private final int maxRequestBytes;
    private final Set<String> toolNames;
    private final ToolScopes scopes;
    private final List<String> protocolVersions;

    /**
     * @param protocolVersions the MCP versions the SDK's transport speaks: an {@value #PROTOCOL_VERSION} header
     *     naming another is a 400, as the Streamable HTTP transport specifies
     */
    public McpHttpFilter(
            McpJsonMapper jsonMapper,
            int maxRequestBytes,
            Map<String, ToolClass> tools,
            List<String> protocolVersions) {
        this.errors = new JsonRpcErrorWriter(jsonMapper);
        this.finisher = new ResponseFinisher(errors, json);
        this.maxRequestBytes = maxRequestBytes;
        this.toolNames = Set.copyOf(tools.keySet());
        this.scopes = new ToolScopes(tools);
        this.protocolVersions = List.copyOf(protocolVersions);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            forward(request, response, chain, new Admission.Admitted(new byte[0], null, null, ResponseFormat.JSON));
            return;
        }
        switch (admit(request)) {
            case Admission.Rejected no -> errors.write(response, no.status(), no.id(), no.code(), no.message());
            case Admission.Forbidden no -> {
                response.setHeader(
                        "WWW-Authenticate",
                        "Bearer realm=\"mcp\", error=\"insufficient_scope\", scope=\"" + no.scope() + "\"");
                errors.write(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        no.id(),
                        BearerAuthFilter.UNAUTHORIZED,
                        no.message());
            }
            case Admission.Admitted yes -> forward(new CachedBodyRequest(request, yes.body()), response, chain, yes);
        }
    }

    private Admission admit(HttpServletRequest request) throws IOException {
        Optional<ResponseFormat> format = ResponseFormat.accepted(request.getHeader("Accept"));
        if (format.isEmpty()) {
            return new Admission.Rejected(
                    HttpServletResponse.SC_NOT_ACCEPTABLE,
                    null,
                    ErrorCodes.INVALID_REQUEST,
                    "Not Acceptable: the MCP endpoint answers application/json or text/event-stream");
        }
        String version = request.getHeader(PROTOCOL_VERSION);
        if (version != null && !protocolVersions.contains(version.strip())) {
            return new Admission.Rejected(
                    HttpServletResponse.SC_BAD_REQUEST,
                    null,
                    ErrorCodes.INVALID_REQUEST,
                    "Bad Request: unsupported " + PROTOCOL_VERSION + " " + Echo.of(version) + "; this server speaks "
                            + String.join(", ", protocolVersions));
        }
        Optional<byte[]> body = readBounded(request);
        if (body.isEmpty()) {
            return new Admission.Rejected(
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    null,
                    ErrorCodes.INVALID_REQUEST,
                    "Request body larger than " + maxRequestBytes + " bytes");
        }
        Optional<JsonNode> message = parse(body.get());
        if (message.isEmpty()) {
            return new Admission.Rejected(
                    HttpServletResponse.SC_BAD_REQUEST,
                    null,
                    ErrorCodes.PARSE_ERROR,
                    "Parse error: the request body is not valid JSON");
        }
        Object id = idOf(message.get());
        Optional<MessageShape.Violation> violation = MessageShape.check(message.get());
        if (violation.isPresent()) {
            int status = violation.get().code() == ErrorCodes.INVALID_REQUEST
                    ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_OK;
            return new Admission.Rejected(
                    status, id, violation.get().code(), violation.get().message());
        }
        Optional<ToolScopes.Missing> missing = missingScope(request, message.get());
        if (missing.isPresent()) {
            return new Admission.Forbidden(
                    id,
                    missing.get().scope(),
                    "Forbidden: " + missing.get().what() + " needs the scope "
                            + missing.get().scope() + ", which this token was not granted");
        }
        return unknownTool(message.get())
                .<Admission>map(tool -> new Admission.Rejected(
                        HttpServletResponse.SC_OK,
                        id,
                        ErrorCodes.INVALID_PARAMS,
                        "Unknown tool: " + Echo.of(tool) + "; tools/list names the tools of this server"))
                .orElseGet(() -> new Admission.Admitted(body.get(), id, methodOf(message.get()), format.get()));
    }

    /** Only when tokens are checked here: the scopes the token grants are then on the request. */
    private Optional<ToolScopes.Missing> missingScope(HttpServletRequest request, JsonNode message) {
        if (!(request.getAttribute(BearerAuthFilter.GRANTED) instanceof Set<?> granted)) {
            return Optional.empty();
        }
        JsonNode name = message.path("params").path("name");
        @SuppressWarnings("unchecked")
        Set<String> scopeNames = (Set<String>) granted;
        return scopes.missing(methodOf(message), name.isString() ? name.asString() : null, scopeNames);
    }

    private Optional<String> unknownTool(JsonNode message) {
        JsonNode name = message.path("params").path("name");
        boolean isCall = "tools/call".equals(message.path("method").asString(""));
        return isCall && name.isString() && !toolNames.contains(name.asString())
                ? Optional.of(name.asString())
                : Optional.empty();
    }

    private void forward(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, Admission.Admitted admitted)
            throws ServletException, IOException {
        var buffered = new ContentCachingResponseWrapper(response);
        var capture = new ErrorCapture(buffered);
        chain.doFilter(request, capture);
        finisher.finish(response, capture, buffered, admitted);
    }

    /** The body, or empty when it is larger than allowed (declared or actual). */
    private Optional<byte[]> readBounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            return Optional.empty();
        }
        byte[] body = request.getInputStream().readNBytes(maxRequestBytes + 1);
        return body.length > maxRequestBytes ? Optional.empty() : Optional.of(body);
    }

    private Optional<JsonNode> parse(byte[] body) {
        try {
            return Optional.of(json.readTree(body)).filter(node -> !node.isMissingNode());
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    private static String methodOf(JsonNode message) {
        JsonNode method = message.path("method");
        return method.isString() ? method.asString() : null;
    }

    /** The request's id, so an error answer can be matched to its request; null when it has none. */
    private Object idOf(JsonNode message) {
        JsonNode id = message.path("id");
        return id.isString() || id.isNumber() ? json.treeToValue(id, Object.class) : null;
    }
}
