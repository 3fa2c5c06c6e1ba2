package dev.triage.orchestrator.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The bearer token of an API call: its {@code Authorization} header, or for the chat UI the access token the service
 * got for the browser's session at sign-in (the token never reaches the page's script). The token is then checked
 * like any other, and its scopes decide. A call that changes something takes the session's token only with the
 * {@code X-Triage-UI} header, which a page of another site cannot send without a CORS preflight that this service
 * never allows: no cross-site request can act with a signed-in person's session.
 */
final class SessionTokens implements BearerTokenResolver {

    static final String UI_HEADER = "X-Triage-UI";

    private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
    private final OAuth2AuthorizedClientRepository clients;

    SessionTokens(OAuth2AuthorizedClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String bearer = header.resolve(request);
        if (bearer != null) {
            return bearer;
        }
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!safe && request.getHeader(UI_HEADER) == null) {
            return null;
        }
        return sessionToken(clients, request).orElse(null);
    }

    /** The access token held for the browser's session; empty when it has not signed in. */
    static Optional<String> sessionToken(OAuth2AuthorizedClientRepository clients, HttpServletRequest request) {
        if (request.getSession(false) == null) {
            return Optional.empty();
        }
        OAuth2AuthorizedClient client = clients.loadAuthorizedClient(SignInClients.REGISTRATION_ID, null, request);
        return Optional.ofNullable(client).map(c -> c.getAccessToken().getTokenValue());
    }
}
