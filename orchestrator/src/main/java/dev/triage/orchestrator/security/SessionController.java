package dev.triage.orchestrator.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is and what the API will let them do, for the chat UI to show only the buttons that will work. It
 * decides nothing: the filter chain enforces the scopes whatever a page shows.
 */
@RestController
class SessionController {

    /**
     * @param authentication {@code none} (the loopback default: whoever reaches it may do everything) or {@code
     *     bearer} (API tokens only: the page has no sign-in yet)
     * @param scopes the API scopes held: {@code agents/invoke}, {@code tools/read}, {@code tools/execute}
     */
    record Session(String authentication, boolean signedIn, String subject, List<String> scopes) {}

    private final boolean authConfigured;

    SessionController(Environment environment) {
        this.authConfigured = AuthConfigured.in(environment);
    }

    @GetMapping("/api/v1/session")
    Session session() {
        if (!authConfigured) {
            return new Session(
                    "none",
                    false,
                    null,
                    Arrays.stream(Scope.values()).map(Scope::scopeName).toList());
        }
        return new Session("bearer", false, null, List.of());
    }
}
