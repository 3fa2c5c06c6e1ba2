package dev.triage.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** Authentication, and with it any address beyond loopback, is on exactly when some triage.auth key is set. */
class AuthConfiguredTest {

    @Test
    void withoutTriageAuthTheServiceIsUnauthenticated() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("triage.investigations.concurrency", "4")
                .withProperty("triage.authority", "not-ours");

        assertThat(AuthConfigured.in(environment)).isFalse();
    }

    @Test
    void anyTriageAuthKeyTurnsAuthenticationOn() {
        assertThat(AuthConfigured.in(new MockEnvironment().withProperty("triage.auth.issuer-uri", "https://a")))
                .isTrue();
        assertThat(AuthConfigured.in(new MockEnvironment().withProperty("triage.auth.client-ids[0]", "web")))
                .isTrue();
    }

    @Test
    void anEnvironmentVariableTurnsAuthenticationOn() {
        MockEnvironment environment = new MockEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "systemEnvironment", Map.of("TRIAGE_AUTH_ISSUERURI", "https://a")));

        assertThat(AuthConfigured.in(environment)).isTrue();
    }
}
