package dev.triage.orchestrator.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * JWT bearer authentication of the API, on when {@code triage.auth} is configured. Without it there is no filter
 * chain at all (Boot's default one is excluded in application.yaml) and the service binds loopback only.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(AuthConfigured.class)
@EnableWebSecurity
@EnableConfigurationProperties(AuthProperties.class)
class SecurityConfiguration {

    @Bean
    JwtDecoder jwtDecoder(AuthProperties auth) {
        return TokenDecoder.of(auth);
    }

    /**
     * Slack's requests carry Slack's signature, not a bearer token: the slack package checks that signature over the
     * exact bytes of the body, so nothing here may read the body first (the bearer-token filter reads form
     * parameters). Without Slack settings nothing answers these paths: they are 404.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain slack(HttpSecurity http) throws Exception {
        return http.securityMatcher("/slack/commands", "/slack/interactions")
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /**
     * The alert webhooks carry their own credentials (Alertmanager's and the generic webhook's bearer tokens, which
     * are no JWTs, and PagerDuty's body signature): the alerting package checks them, so the JWT filter must not
     * reject them first. Listing rejected alerts is an API call like any other, under the JWT chain.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 2)
    SecurityFilterChain alerts(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/alerts", "/api/v1/alerts/alertmanager", "/api/v1/alerts/pagerduty")
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /** The OAuth2 clients the chat UI's sign-in authorized, kept in the browser's session (never in the page). */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /**
     * The chat UI with {@code triage.auth.ui}: its page signs in through the issuer (authorization code with PKCE),
     * and the session then holds the access token that the page's API calls carry (see {@link SessionTokens}).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    @ConditionalOnProperty(prefix = "triage.auth.ui", name = "client-id")
    SecurityFilterChain signIn(HttpSecurity http, AuthProperties auth, OAuth2AuthorizedClientRepository clients)
            throws Exception {
        return UiSignIn.chain(http, new SignInClients(auth), clients);
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            JwtDecoder decoder,
            AuthProperties auth,
            JsonMapper json,
            OAuth2AuthorizedClientRepository clients)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        BearerTokenResolver tokens = auth.ui() == null ? new DefaultBearerTokenResolver() : new SessionTokens(clients);
        // A call authenticated by the chat UI session's token must leave that session's id alone: changing it on every
        // call (session-fixation protection, which the sign-in itself already applied) fails the page's calls that
        // are in flight with the old id at the same moment.
        return http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(SessionManagementConfigurer.SessionFixationConfigurer::none))
                // Bearer tokens are not sent by a browser on its own, so there is no cross-site request to forge.
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(SecurityConfiguration::authorize)
                .oauth2ResourceServer(server -> server.bearerTokenResolver(tokens)
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new TokenAuthentication()))
                        // RFC 9728 metadata, which the 401 challenge points to: where to get a token.
                        .protectedResourceMetadata(metadata ->
                                metadata.protectedResourceMetadataCustomizer(about -> about.resourceName("Triage")
                                        .authorizationServer(auth.issuerUri().toString())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // The request itself was authorized; its async (SSE) and error dispatches are part of it.
        requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                .permitAll();
        requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
        // The chat UI's page and assets are static and hold nothing; what the page then asks the API is checked.
        requests.requestMatchers(HttpMethod.GET, "/", "/history", "/investigations/*", "/ui/**", "/api/v1/session")
                .permitAll();
        AccessRules.RULES.forEach(
                rule -> requests.requestMatchers(rule.matcher()).hasAnyAuthority(rule.authorities()));
        requests.anyRequest().authenticated();
    }
}
