package dev.triage.mcp.hosting.inbound;

import dev.triage.security.startup.BindGuard;
import java.util.List;

/**
 * The {@code Host} header values the MCP endpoint accepts, against DNS rebinding (a page on a hostile name that
 * resolves to this host): the configured list ({@code triage.mcp.allowed-hosts}); else, on a loopback address, the
 * loopback names with any port; else any (a server on another address checks bearer tokens, which a rebinding page
 * does not have).
 */
public final class AllowedHosts {

    private static final List<String> LOOPBACK =
            List.of("127.0.0.1", "127.0.0.1:*", "localhost", "localhost:*", "[::1]", "[::1]:*");

    private AllowedHosts() {}

    public static List<String> of(List<String> configured, String address) {
        if (!configured.isEmpty()) {
            return configured;
        }
        return BindGuard.isLoopback(address) ? LOOPBACK : List.of();
    }
}
