package dev.triage.orchestrator.config;

import dev.triage.orchestrator.alerting.AlertsProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the service on anything but a loopback address unless every alert webhook has its credential:
 * an alert starts an investigation that reads logs, so on a reachable address no webhook may take alerts from
 * anyone. One of the {@link StartupChecks}, after {@link LoopbackGuard}.
 */
final class AlertSecretsGuard {

    private static final List<String> SETTINGS = List.of(
            AlertsProperties.ALERTMANAGER_TOKEN, AlertsProperties.PAGERDUTY_SECRET, AlertsProperties.WEBHOOK_TOKEN);

    private AlertSecretsGuard() {}

    static void check(Environment environment) {
        String address = environment.getProperty("server.address");
        if (loopback(address)) {
            return;
        }
        List<String> missing = SETTINGS.stream()
                .filter(setting -> blank(environment.getProperty(setting)))
                .toList();
        if (!missing.isEmpty()) {
            throw new StartupRefusal("Refusing to listen on " + (blank(address) ? "every address" : "'" + address + "'")
                    + ": the alert webhooks take alerts only with their credentials on any address but loopback; set "
                    + String.join(", ", missing) + " (or bind server.address=127.0.0.1).");
        }
    }

    private static boolean loopback(String address) {
        if (blank(address)) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return Stream.ofNullable(value).allMatch(String::isBlank);
    }
}
