package dev.triage.orchestrator.security;

import dev.triage.security.jwt.GrantedScopes;
import java.util.Optional;
import java.util.stream.Stream;

/** The API's OAuth scopes, as an authorization server (a Cognito resource server) grants them. */
enum Scope {
    AGENTS_INVOKE("agents/invoke"),
    TOOLS_READ("tools/read"),
    TOOLS_EXECUTE("tools/execute");

    private final String name;

    Scope(String name) {
        this.name = name;
    }

    String scopeName() {
        return name;
    }

    /** The granted authority a token holding this scope gets. */
    String authority() {
        return "SCOPE_" + name;
    }

    /**
     * The scope a granted value means: the bare name, or the name behind a resource server identifier, as Cognito
     * writes custom scopes ({@code https://triage.example.com/agents/invoke}).
     */
    static Optional<Scope> granted(String value) {
        return Stream.of(values())
                .filter(scope -> GrantedScopes.means(value, scope.name))
                .findFirst();
    }
}
