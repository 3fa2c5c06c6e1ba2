package dev.triage.orchestrator.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which scope each API call needs; the first rule that matches decides. Kept as data so that the filter chain
 * enforces exactly what a 403 then explains.
 */
final class AccessRules {

    /** One kind of call and the scopes of which a token needs any one. */
    record Rule(RequestMatcher matcher, String description, Set<Scope> anyOf) {

        String[] authorities() {
            return anyOf.stream().sorted().map(Scope::authority).toArray(String[]::new);
        }

        String scopeNames() {
            return String.join(
                    " or ", anyOf.stream().sorted().map(Scope::scopeName).toList());
        }
    }

    static final List<Rule> RULES = List.of(
            rule(HttpMethod.POST, "starting an investigation", Set.of(Scope.AGENTS_INVOKE), "/api/v1/investigations"),
            rule(
                    HttpMethod.GET,
                    "reading investigations",
                    Set.of(Scope.TOOLS_READ, Scope.AGENTS_INVOKE),
                    "/api/v1/investigations",
                    "/api/v1/investigations/**",
                    "/api/v1/cluster",
                    "/api/v1/clusters",
                    "/api/v1/clusters/**"),
            rule(
                    HttpMethod.POST,
                    "deciding on a proposal or running a runbook",
                    Set.of(Scope.TOOLS_EXECUTE),
                    "/api/v1/approvals/**",
                    "/api/v1/executions",
                    "/api/v1/executions/**"),
            rule(
                    HttpMethod.GET,
                    "reading approvals, executions and runbooks",
                    Set.of(Scope.TOOLS_READ),
                    "/api/v1/approvals",
                    "/api/v1/approvals/**",
                    "/api/v1/executions",
                    "/api/v1/executions/**",
                    "/api/v1/runbooks",
                    "/api/v1/metrics/series"),
            rule(HttpMethod.GET, "reading rejected alerts", Set.of(Scope.TOOLS_READ), "/api/v1/alerts/rejected"));

    private AccessRules() {}

    static Optional<Rule> ruleFor(HttpServletRequest request) {
        return RULES.stream().filter(rule -> rule.matcher().matches(request)).findFirst();
    }

    private static Rule rule(HttpMethod method, String description, Set<Scope> anyOf, String... patterns) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        List<RequestMatcher> matchers = Stream.of(patterns)
                .map(pattern -> (RequestMatcher) paths.matcher(method, pattern))
                .toList();
        return new Rule(request -> matchers.stream().anyMatch(m -> m.matches(request)), description, anyOf);
    }
}
