package dev.triage.orchestrator.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;

/**
 * The chat UI's filter chain with sign-in configured: the page (and its deep links) needs a signed-in person, who is
 * sent to the issuer (authorization code flow with PKCE, S256) and back to the page asked for. The page's assets and
 * the session endpoint are open: they hold nothing.
 */
final class UiSignIn {

    static final String[] PAGES = {"/", "/history", "/investigations/*"};
    static final String SIGN_OUT_PATH = "/logout";

    private UiSignIn() {}

    static SecurityFilterChain chain(
            HttpSecurity http, SignInClients registrations, OAuth2AuthorizedClientRepository clients) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver pkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return http.securityMatcher(
                        "/",
                        "/history",
                        "/investigations/*",
                        "/ui/**",
                        "/oauth2/**",
                        "/login/**",
                        SIGN_OUT_PATH,
                        "/api/v1/session")
                // Nothing here changes state but sign-out, which only the page's own POST may ask for (below).
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/ui/**", "/api/v1/session", "/login/**", "/oauth2/**")
                            .permitAll();
                    requests.requestMatchers(HttpMethod.GET, PAGES).authenticated();
                    requests.anyRequest().authenticated();
                })
                .oauth2Login(login -> login.loginPage(SignInClients.SIGN_IN_PATH)
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(clients)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce)))
                .logout(logout -> logout.logoutRequestMatcher(UiSignIn::pageSignOut)
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .build();
    }

    /**
     * A POST to /logout carrying the page's header, which another site's page cannot send: nobody is signed out by a
     * cross-site form. It ends the session here; the issuer's own session stays, as single sign-on does.
     */
    private static boolean pageSignOut(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && SIGN_OUT_PATH.equals(request.getRequestURI())
                && request.getHeader(SessionTokens.UI_HEADER) != null;
    }
}
