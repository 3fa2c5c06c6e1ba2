package dev.triage.orchestrator.config;

import dev.triage.orchestrator.security.AuthConfigured;
import dev.triage.security.startup.BindGuard;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the service on anything but a loopback address unless {@code triage.auth} is configured: without
 * authentication, anyone who can reach the API can run investigations that read logs. One of the
 * {@link StartupChecks}.
 */
final class LoopbackGuard {

    private LoopbackGuard() {}

    static void check(Environment environment) {
        if (!AuthConfigured.in(environment)) {
            requireLoopback(environment.getProperty("server.address"));
        }
    }

    static void requireLoopback(String address) {
        BindGuard.requireLoopback(address, LoopbackGuard::refusal);
    }

    private static StartupRefusal refusal(String address) {
        return new StartupRefusal("Refusing to listen on " + address + ": the Triage API has no "
                + "authentication configured, so it binds a loopback address only. Set server.address=127.0.0.1 "
                + "(the default), configure JWT authentication (triage.auth.issuer-uri and triage.auth.client-ids), or "
                + "reach it through an authenticating proxy on the same host.");
    }
}
