package dev.triage.mcp.hosting.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.echo.EchoApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A page on a hostile name that resolves to 127.0.0.1 reaches a loopback server with its own name in {@code Host}
 * (and a browser adds its {@code Origin}): both are checked, as the MCP specification asks of HTTP servers. Raw
 * sockets, since an HTTP client sets {@code Host} itself.
 */
class DnsRebindingTest {

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{}}";

    @Test
    void onLoopbackOnlyLoopbackNamesAreServed() throws IOException {
        try (ConfigurableApplicationContext server = EchoApplication.run("--server.port=0")) {
            int port = port(server);

            assertThat(post(port, "127.0.0.1:" + port, null)).startsWith("HTTP/1.1 200");
            assertThat(post(port, "localhost:" + port, null)).startsWith("HTTP/1.1 200");
            assertThat(post(port, "localhost", null)).startsWith("HTTP/1.1 200");
            String rebound = post(port, "attacker.example:" + port, null);
            assertThat(rebound).doesNotStartWith("HTTP/1.1 200").doesNotStartWith("HTTP/1.1 5");
            assertThat(rebound).contains("\"error\"").contains("Host");
        }
    }

    @Test
    void aBrowserOriginIsRefusedUnlessConfigured() throws IOException {
        try (ConfigurableApplicationContext server = EchoApplication.run("--server.port=0")) {
            int port = port(server);

            String fromPage = post(port, "localhost:" + port, "http://attacker.example");
            assertThat(fromPage)
                    .startsWith("HTTP/1.1 403")
                    .contains("\"error\"")
                    .contains("Origin");
        }
    }

    @Test
    void aConfiguredHostListReplacesTheLoopbackNames() throws IOException {
        try (ConfigurableApplicationContext server =
                EchoApplication.run("--server.port=0", "--triage.mcp.allowed-hosts=mcp.internal:*")) {
            int port = port(server);

            assertThat(post(port, "mcp.internal:" + port, null)).startsWith("HTTP/1.1 200");
            assertThat(post(port, "localhost:" + port, null)).doesNotStartWith("HTTP/1.1 200");
        }
    }

    private static int port(ConfigurableApplicationContext server) {
        return ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    private static String post(int port, String host, String origin) throws IOException {
        byte[] body = PING.getBytes(StandardCharsets.UTF_8);
        String head = "POST /mcp HTTP/1.1\r\nHost: " + host + "\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n")
                + "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
