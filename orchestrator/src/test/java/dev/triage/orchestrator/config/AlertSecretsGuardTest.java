package dev.triage.orchestrator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A reachable address needs every alert webhook's credential; loopback needs none. */
class AlertSecretsGuardTest {

    @Test
    void loopbackWithoutCredentialsStarts() {
        assertThatCode(() -> AlertSecretsGuard.check(new MockEnvironment().withProperty("server.address", "127.0.0.1")))
                .doesNotThrowAnyException();
        assertThatCode(() -> AlertSecretsGuard.check(new MockEnvironment().withProperty("server.address", "::1")))
                .doesNotThrowAnyException();
    }

    @Test
    void publicAddressWithoutTheCredentialsIsRefusedNamingEachMissingSetting() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("server.address", "0.0.0.0")
                .withProperty("triage.alerts.pagerduty.secret", "s");

        assertThatThrownBy(() -> AlertSecretsGuard.check(environment))
                .isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("'0.0.0.0'")
                .hasMessageContaining("triage.alerts.alertmanager.token")
                .hasMessageContaining("triage.alerts.webhook.token")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("triage.alerts.pagerduty.secret"));
    }

    @Test
    void publicAddressWithEveryCredentialStarts() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("server.address", "0.0.0.0")
                .withProperty("triage.alerts.alertmanager.token", "a")
                .withProperty("triage.alerts.pagerduty.secret", "s")
                .withProperty("triage.alerts.webhook.token", "w");

        assertThatCode(() -> AlertSecretsGuard.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void unsetAddressListensEverywhereAndNeedsTheCredentials() {
        assertThatThrownBy(() -> AlertSecretsGuard.check(new MockEnvironment()))
                .isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("every address");
    }
}
