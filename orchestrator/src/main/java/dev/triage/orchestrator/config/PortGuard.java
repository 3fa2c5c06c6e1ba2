package dev.triage.orchestrator.config;

import dev.triage.security.startup.BindGuard;
import org.springframework.core.env.Environment;

/**
 * Refuses to start when the service's port is taken, before the database and the MCP servers start (which takes
 * seconds and would end in Tomcat's "Port 8080 was already in use" after all). Port 0 (any free port) needs no check.
 * One of the {@link StartupChecks}, after {@link LoopbackGuard}: a refused address needs no port.
 */
final class PortGuard {

    private PortGuard() {}

    static void check(Environment environment) {
        int port = environment.getProperty("server.port", Integer.class, 8080);
        String address = environment.getProperty("server.address", "127.0.0.1");
        requireFree(address, port);
    }

    static void requireFree(String address, int port) {
        BindGuard.requireFreePort(
                address,
                port,
                () -> new StartupRefusal("port " + port + " on " + address + " is in use (is Triage already running?): "
                        + "stop what listens there, or start with --server.port=PORT (0 for any free port)"));
    }
}
