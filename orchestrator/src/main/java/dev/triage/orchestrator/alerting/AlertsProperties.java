package dev.triage.orchestrator.alerting;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The alert webhooks ({@code triage.alerts.*}). A token or secret left unset means that endpoint takes alerts
 * without one, which the service allows on a loopback address only (see config's start-up checks).
 *
 * @param alertmanager {@code triage.alerts.alertmanager.token}: the bearer token Alertmanager sends
 *     ({@code http_config.authorization.credentials})
 * @param pagerduty {@code triage.alerts.pagerduty.secret}: the V3 webhook subscription's signing secret
 * @param webhook {@code triage.alerts.webhook.token}: the bearer token of the generic JSON webhook
 * @param dedupeWindow how long after its investigation finished the same alert again starts nothing new
 */
@ConfigurationProperties(prefix = "triage.alerts", ignoreUnknownFields = false)
public record AlertsProperties(
        @DefaultValue Alertmanager alertmanager,
        @DefaultValue PagerDuty pagerduty,
        @DefaultValue Webhook webhook,
        @DefaultValue("30m") Duration dedupeWindow) {

    /** The settings without which a non-loopback bind refuses to start. */
    public static final String ALERTMANAGER_TOKEN = "triage.alerts.alertmanager.token";

    public static final String PAGERDUTY_SECRET = "triage.alerts.pagerduty.secret";
    public static final String WEBHOOK_TOKEN = "triage.alerts.webhook.token";

    public AlertsProperties {
        if (dedupeWindow.isNegative()) {
            throw new IllegalArgumentException("triage.alerts.dedupe-window must not be negative, was " + dedupeWindow);
        }
    }

    public record Alertmanager(String token) {
        Optional<String> configured() {
            return present(token);
        }
    }

    public record PagerDuty(String secret) {
        Optional<String> configured() {
            return present(secret);
        }
    }

    public record Webhook(String token) {
        Optional<String> configured() {
            return present(token);
        }
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
