package dev.triage.orchestrator.ui;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect issuer for the chat UI's sign-in, on a loopback port of the test's JVM: Spring Authorization
 * Server with its own login form, one public app client that must use PKCE (as a Cognito app client without a secret),
 * and two people. The access token carries the API scopes its person holds, of those the client asked for: the
 * issuer, not the page, decides what someone may do, as a Cognito pool's groups or a resource server's scopes do.
 *
 * <p>It is served as {@code localhost} while the service is {@code 127.0.0.1}: two origins, so the browser keeps the
 * issuer's session cookie and the service's apart, as two hosts would.
 */
final class SignInIssuer implements AutoCloseable {

    static final String CLIENT_ID = "triage-ui";
    static final List<String> API_SCOPES = List.of("agents/invoke", "tools/read", "tools/execute");
    static final String PASSWORD = "correct-horse-" + UUID.randomUUID();

    /** Holds tools/read only: reads investigations, cannot ask, approve or run anything. */
    static final String READER = "reader";
    /** Holds all three API scopes: asks, approves and runs. */
    static final String OPERATOR = "operator";

    private final ConfigurableApplicationContext context;
    private final URI uri;

    private SignInIssuer(ConfigurableApplicationContext context, URI uri) {
        this.context = context;
        this.uri = uri;
    }

    /** Starts the issuer on {@code port}, its client sending people back to the service at {@code service}. */
    static SignInIssuer start(int port, URI service) {
        URI uri = URI.create("http://localhost:" + port);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Issuer.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .properties(
                        // Not the service's application.yaml, which is on this class path too.
                        "spring.config.name=sign-in-issuer",
                        "server.address=127.0.0.1",
                        "server.port=" + port,
                        "sign-in-issuer.uri=" + uri,
                        "sign-in-issuer.redirect-uri=" + service.resolve("/login/oauth2/code/triage"))
                .run();
        return new SignInIssuer(context, uri);
    }

    URI uri() {
        return uri;
    }

    @Override
    public void close() {
        context.close();
    }

    // A test configuration: the service's own @SpringBootTests scan this package and must not pick it up.
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class Issuer {

        /** The protocol endpoints: authorize, token, JWKs, OIDC discovery; a browser not signed in goes to /login. */
        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        /** The issuer's own sign-in form (Spring Security's default login page). */
        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(
                    User.withUsername(READER)
                            .password("{noop}" + PASSWORD)
                            .authorities("tools/read")
                            .build(),
                    User.withUsername(OPERATOR)
                            .password("{noop}" + PASSWORD)
                            .authorities(API_SCOPES.toArray(String[]::new))
                            .build());
        }

        @Bean
        RegisteredClientRepository clients(@Value("${sign-in-issuer.redirect-uri}") String redirectUri) {
            RegisteredClient ui = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(redirectUri)
                    .scope(OidcScopes.OPENID)
                    .scopes(scopes -> scopes.addAll(API_SCOPES))
                    .clientSettings(ClientSettings.builder()
                            .requireProofKey(true)
                            .requireAuthorizationConsent(false)
                            .build())
                    .build();
            return new InMemoryRegisteredClientRepository(ui);
        }

        /** Of the scopes the client asked for, the access token grants those its person holds. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> scopesOfThePerson() {
            return context -> {
                if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                    return;
                }
                Set<String> held = context.getPrincipal().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
                Set<String> granted = context.getAuthorizedScopes().stream()
                        .filter(scope -> scope.equals(OidcScopes.OPENID) || held.contains(scope))
                        .collect(Collectors.toSet());
                context.getClaims().claim("scope", granted);
            };
        }

        @Bean
        AuthorizationServerSettings settings(@Value("${sign-in-issuer.uri}") String issuer) {
            return AuthorizationServerSettings.builder().issuer(issuer).build();
        }

        @Bean
        JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the OIDC user-info endpoint, which takes the issuer's own access tokens. */
        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
        }
    }
}
