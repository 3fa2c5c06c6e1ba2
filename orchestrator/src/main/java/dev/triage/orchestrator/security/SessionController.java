package dev.triage.orchestrator.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the browser's session speaks for and what the API will let it do, for the chat UI to show only the buttons
 * that will work. The scopes are those of the session's access token, read by the API's own decoder: exactly what the
 * filter chain will enforce. It decides nothing: the API checks every call whatever a page shows.
 */
@RestController
class SessionController {

    /**
     * @param authentication {@code none} (the loopback default: whoever reaches it may do everything), {@code oidc}
     *     (sign-in through the issuer) or {@code bearer} (authentication without a UI sign-in: API tokens only)
     * @param subject who the audit trail names for this session; null when not signed in
     * @param scopes the API scopes held: {@code agents/invoke}, {@code tools/read}, {@code tools/execute}
     * @param signIn where to sign in; null when there is no sign-in or the session has signed in
     * @param signOut where to POST to sign out; null when not signed in
     */
    record Session(
            String authentication,
            boolean signedIn,
            String subject,
            List<String> scopes,
            String signIn,
            String signOut) {}

    private final boolean authConfigured;
    private final ObjectProvider<AuthProperties> auth;
    private final ObjectProvider<JwtDecoder> decoder;
    private final ObjectProvider<OAuth2AuthorizedClientRepository> clients;

    SessionController(
            Environment environment,
            ObjectProvider<AuthProperties> auth,
            ObjectProvider<JwtDecoder> decoder,
            ObjectProvider<OAuth2AuthorizedClientRepository> clients) {
        this.authConfigured = AuthConfigured.in(environment);
        this.auth = auth;
        this.decoder = decoder;
        this.clients = clients;
    }

    @GetMapping("/api/v1/session")
    Session session(HttpServletRequest request) {
        if (!authConfigured) {
            return new Session("none", false, null, names(Arrays.asList(Scope.values())), null, null);
        }
        if (auth.getObject().ui() == null) {
            return new Session("bearer", false, null, List.of(), null, null);
        }
        return SessionTokens.sessionToken(clients.getObject(), request)
                .flatMap(this::decode)
                .map(token -> new Session(
                        "oidc", true, TokenAuthentication.name(token), scopes(token), null, UiSignIn.SIGN_OUT_PATH))
                .orElseGet(() -> new Session("oidc", false, null, List.of(), SignInClients.SIGN_IN_PATH, null));
    }

    /** Empty when the token no longer passes (expired): the person signs in again. */
    private Optional<Jwt> decode(String token) {
        try {
            return Optional.of(decoder.getObject().decode(token));
        } catch (JwtException expiredOrRefused) {
            return Optional.empty();
        }
    }

    private static List<String> scopes(Jwt token) {
        List<String> held = TokenAuthentication.authorities(token).stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        return names(Arrays.stream(Scope.values())
                .filter(scope -> held.contains(scope.authority()))
                .toList());
    }

    private static List<String> names(List<Scope> scopes) {
        return scopes.stream().map(Scope::scopeName).toList();
    }
}
