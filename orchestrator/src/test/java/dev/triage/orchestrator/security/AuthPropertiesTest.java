package dev.triage.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code triage.auth} binds strictly: a setting that would leave the API open or misconfigured stops start-up. */
class AuthPropertiesTest {

    private static final String COGNITO = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuthProperties.class)
    static class Binding {}

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Binding.class);

    @Test
    void aCognitoPoolAndItsClientsBind() {
        context.withPropertyValues("triage.auth.issuer-uri=" + COGNITO, "triage.auth.client-ids=web,cli")
                .run(started -> {
                    AuthProperties auth = started.getBean(AuthProperties.class);
                    assertThat(auth.issuerUri()).isEqualTo(URI.create(COGNITO));
                    assertThat(auth.jwkSetUri()).isNull();
                    assertThat(auth.clientIds()).containsExactly("web", "cli");
                });
    }

    @Test
    void anExplicitJwkSetBinds() {
        context.withPropertyValues(
                        "triage.auth.issuer-uri=" + COGNITO,
                        "triage.auth.jwk-set-uri=" + COGNITO + "/.well-known/jwks.json",
                        "triage.auth.client-ids=web")
                .run(started -> assertThat(started.getBean(AuthProperties.class).jwkSetUri())
                        .hasToString(COGNITO + "/.well-known/jwks.json"));
    }

    @Test
    void clientIdsWithoutAnIssuerStopStartUpNamingTheKey() {
        assertFailure(new String[] {"triage.auth.client-ids=web"}, "triage.auth.issuer-uri is required");
    }

    @Test
    void anIssuerWithoutClientIdsStopsStartUp() {
        assertFailure(new String[] {"triage.auth.issuer-uri=" + COGNITO}, "triage.auth.client-ids must list");
    }

    @Test
    void aRelativeIssuerStopsStartUp() {
        assertFailure(
                new String[] {"triage.auth.issuer-uri=cognito/pool", "triage.auth.client-ids=web"},
                "must be an absolute https URL");
    }

    @Test
    void anUnknownKeyStopsStartUp() {
        assertFailure(
                new String[] {
                    "triage.auth.issuer-uri=" + COGNITO, "triage.auth.client-ids=web", "triage.auth.audience=web"
                },
                "audience");
    }

    private void assertFailure(String[] properties, String message) {
        context.withPropertyValues(properties)
                .run(started -> assertThat(started).getFailure().rootCause().hasMessageContaining(message));
    }
}
