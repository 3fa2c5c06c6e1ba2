package dev.triage.orchestrator.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as the rest of the API answers errors: RFC 9457 problem details. Spring's bearer handlers set the
 * status and the {@code WWW-Authenticate: Bearer} challenge (RFC 6750); this adds a body that says what to do.
 * Messages come from the token checks, never from an exception's stack.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final AccessDeniedHandler insufficientScope = new BearerTokenAccessDeniedHandler();
    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        challenge.commence(request, response, failure);
        write(request, response, HttpStatus.UNAUTHORIZED, unauthorized(failure));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        insufficientScope.handle(request, response, denied);
        write(request, response, HttpStatus.FORBIDDEN, forbidden(request));
    }

    private static String unauthorized(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException invalid) {
            String why = invalid.getError().getDescription();
            return "the bearer token was refused" + (why == null ? "" : ": " + why);
        }
        return "this API needs an access token from the configured issuer: send Authorization: Bearer <token>";
    }

    private static String forbidden(HttpServletRequest request) {
        return AccessRules.ruleFor(request)
                .map(rule -> rule.description() + " needs the scope " + rule.scopeNames()
                        + ", which this token was not granted")
                .orElse("this token may not make this request");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
