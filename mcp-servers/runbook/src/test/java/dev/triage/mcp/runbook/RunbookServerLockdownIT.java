package dev.triage.mcp.runbook;

import static dev.triage.security.testing.LocalIssuer.CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.triage.mcp.hosting.testing.McpHttp;
import dev.triage.mcp.hosting.testing.ServerJar;
import dev.triage.security.testing.LocalIssuer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The packaged runbook server (it serves execute_runbook and create_incident) started as the README says: without
 * inbound authentication nothing but this host can reach it, and with it a call without a token is a 401.
 */
class RunbookServerLockdownIT {

    private static final String SNAPSHOT = "--triage.snapshot=" + System.getProperty("triage.it.snapshot");

    @Test
    void askedToListOnEveryAddressWithoutAuthenticationItRefusesInOneLine() throws Exception {
        try (ServerJar server = ServerJar.start("public-bind", List.of("--server.address=0.0.0.0", SNAPSHOT))) {
            assertThat(server.awaitExit()).isNotZero();
            String output = server.output();
            assertThat(output.lines().filter(line -> line.contains("did not start")))
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .contains("Refusing to listen on '0.0.0.0'")
                            .contains("triage.mcp.auth.issuer-uri"));
            assertThat(output).doesNotContain("\tat ", "Application run failed", "Started");
        }
    }

    @Test
    void startedWithNoAddressItListensOnLoopbackOnly() throws Exception {
        InetAddress external = nonLoopbackAddress().orElse(null);
        assumeTrue(external != null, "this host has no non-loopback address to try");
        try (ServerJar server = ServerJar.start("default-bind", List.of(SNAPSHOT))) {
            server.awaitReady();

            assertThat(McpHttp.at(server.port())
                            .post(McpHttp.request("tools/list"))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(connects(external, server.port()))
                    .as("reached on %s", external)
                    .isFalse();
        }
    }

    @Test
    void withAuthenticationACallWithoutATokenIs401FromAnyAddress() throws Exception {
        try (LocalIssuer issuer = LocalIssuer.start();
                ServerJar server = ServerJar.start(
                        "authenticated",
                        List.of(
                                SNAPSHOT,
                                "--triage.mcp.auth.issuer-uri=" + issuer.uri(),
                                "--triage.mcp.auth.client-ids=" + CLIENT_ID))) {
            server.awaitReady();
            String host = nonLoopbackAddress().map(InetAddress::getHostAddress).orElse("127.0.0.1");
            McpHttp mcp = new McpHttp(URI.create("http://" + host + ":" + server.port() + "/mcp"));

            var anonymous = mcp.post(McpHttp.call("execute_runbook", "{}"));
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();

            String readOnly = issuer.sign(issuer.accessToken("tools/read").build());
            var forbidden = mcp.post(
                    McpHttp.call("create_incident", "{}"),
                    Map.of("Accept", McpHttp.BOTH, "Authorization", "Bearer " + readOnly));
            assertThat(forbidden.statusCode()).isEqualTo(403);
            assertThat(McpHttp.json(forbidden).at("/error/message").asString()).contains("tools/execute");

            var listed = mcp.post(
                    McpHttp.call("list_runbooks", "{}"),
                    Map.of("Accept", McpHttp.BOTH, "Authorization", "Bearer " + readOnly));
            assertThat(McpHttp.text(listed)).contains("restart-deployment");
        }
    }

    private static boolean connects(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
