package dev.triage.mcp.hosting.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.echo.EchoApplication;
import dev.triage.security.startup.StartupRefusal;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Without inbound authentication an MCP server listens on loopback only, and says so in one line when asked not to. */
@ExtendWith(OutputCaptureExtension.class)
class ListenerChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.0.2.10", "no-such-host.invalid"})
    void aNonLoopbackAddressWithoutAuthenticationIsRefusedNamingTheSettings(String address, CapturedOutput output) {
        assertThatThrownBy(() -> EchoApplication.run("--server.address=" + address, "--server.port=0"))
                .isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("Refusing to listen on '" + address + "'")
                .hasMessageContaining("triage.mcp.auth.issuer-uri")
                .hasMessageContaining("triage.mcp.authenticated-by-runtime=true");

        assertThat(output.getAll().lines().filter(line -> line.contains("Refusing to listen")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("did not start: Refusing to listen on"));
        assertThat(output.getAll()).doesNotContain("\tat ", "Application run failed");
    }

    @Test
    void withoutAuthenticationTheDefaultAddressIsLoopback() {
        try (ConfigurableApplicationContext server = EchoApplication.run("--server.port=0")) {
            assertThat(server.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void behindAgentCoreRuntimeTheDefaultIsTheContractsAddress() {
        try (ConfigurableApplicationContext server =
                EchoApplication.run("--server.port=0", "--triage.mcp.authenticated-by-runtime=true")) {
            assertThat(server.getEnvironment().getProperty("server.address")).isEqualTo("0.0.0.0");
        }
    }

    @Test
    void withAuthenticationAnyAddressMayBeBound() {
        try (ConfigurableApplicationContext server = EchoApplication.run(
                "--server.port=0",
                "--triage.mcp.auth.issuer-uri=https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE",
                "--triage.mcp.auth.client-ids=agents")) {
            assertThat(server.getEnvironment().getProperty("server.address")).isEqualTo("0.0.0.0");
            assertThat(((WebServerApplicationContext) server).getWebServer().getPort())
                    .isPositive();
        }
    }

    @Test
    void aTakenPortIsRefusedBeforeTheServerStarts(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EchoApplication.run("--server.port=" + taken.getLocalPort()))
                    .isInstanceOf(StartupRefusal.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " on 127.0.0.1 is in use")
                    .hasMessageContaining("--server.port");
        }
        assertThat(output.getAll()).doesNotContain("\tat ", "was already in use");
    }

    @Test
    void anApplicationThatIsNoMcpServerIsLeftAlone() {
        var plain = new SpringApplicationBuilder(Object.class).web(org.springframework.boot.WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = plain.run("--server.address=0.0.0.0")) {
            assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("0.0.0.0");
        }
    }
}
