package dev.triage.mcp.hosting.http;

import dev.triage.mcp.hosting.bounds.Echo;
import dev.triage.security.jwt.GrantedScopes;
import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Inbound JWT bearer authentication of the MCP endpoint (RFC 6750), on when {@code triage.mcp.auth} is configured:
 * a request without a valid token from an allowed client is a 401 with a {@code WWW-Authenticate: Bearer} challenge
 * and a JSON-RPC error saying why. A valid token's scopes go with the request, for {@link ToolScopes} to check once
 * the message says which tool it calls.
 */
public final class BearerAuthFilter extends OncePerRequestFilter {

    /** The request attribute holding the scopes (of {@link ToolScopes#SCOPES}) the request's token grants. */
    static final String GRANTED = BearerAuthFilter.class.getName() + ".scopes";

    /** Code of the JSON-RPC error of a 401 or 403 (the server-defined range of JSON-RPC 2.0). */
    static final int UNAUTHORIZED = -32001;

    private final JwtDecoder decoder;
    private final JsonRpcErrorWriter errors;

    public BearerAuthFilter(JwtDecoder decoder, McpJsonMapper jsonMapper) {
        this.decoder = decoder;
        this.errors = new JsonRpcErrorWriter(jsonMapper);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null
                || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || header.substring(7).isBlank()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"mcp\"");
            errors.write(
                    response,
                    401,
                    null,
                    UNAUTHORIZED,
                    "Unauthorized: this MCP server needs an access token "
                            + "from its configured issuer: send Authorization: Bearer <token>");
            return;
        }
        Jwt token;
        try {
            token = decoder.decode(header.substring(7).strip());
        } catch (JwtException refused) {
            String why = Echo.of(String.valueOf(refused.getMessage()), 200).replace('"', '\'');
            response.setHeader(
                    "WWW-Authenticate",
                    "Bearer realm=\"mcp\", error=\"invalid_token\", error_description=\"" + why + "\"");
            errors.write(response, 401, null, UNAUTHORIZED, "Unauthorized: the bearer token was refused: " + why);
            return;
        }
        request.setAttribute(GRANTED, scopes(token));
        chain.doFilter(request, response);
    }

    private static Set<String> scopes(Jwt token) {
        return ToolScopes.SCOPES.stream()
                .filter(scope -> GrantedScopes.grants(token, scope))
                .collect(Collectors.toUnmodifiableSet());
    }
}
