package dev.triage.security.startup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The two checks of a listening address made before an application starts: an unauthenticated listener binds
 * loopback only, and a port that is taken is said so at once rather than after seconds of start-up.
 */
public final class BindGuard {

    private BindGuard() {}

    /** Whether {@code address} is a loopback address (a name is resolved); false for blank or unresolvable ones. */
    public static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Refuses anything but a loopback address; {@code refusal} gets the address as a line names it ({@code
     * '0.0.0.0'}, {@code every address (server.address is not set)}).
     */
    public static void requireLoopback(String address, Function<String, StartupRefusal> refusal) {
        if (address == null || address.isBlank()) {
            throw refusal.apply("every address (server.address is not set)");
        }
        try {
            if (!InetAddress.getByName(address.strip()).isLoopbackAddress()) {
                throw refusal.apply("'" + address + "'");
            }
        } catch (UnknownHostException e) {
            throw refusal.apply("'" + address + "', which does not resolve");
        }
    }

    /** Refuses a port that something else listens on; port 0 (any free port) needs no check. */
    public static void requireFreePort(String address, int port, Supplier<StartupRefusal> refusal) {
        if (port <= 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            // As Tomcat binds: a port left in TIME_WAIT by a previous run is free to take.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw refusal.get();
        }
    }
}
