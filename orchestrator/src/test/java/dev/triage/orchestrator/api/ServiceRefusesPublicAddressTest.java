package dev.triage.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.orchestrator.TriageApplication;
import dev.triage.orchestrator.config.StartupRefusal;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** With no authentication, the service will not listen where others can reach it; a taken port is refused too. */
@ExtendWith(OutputCaptureExtension.class)
class ServiceRefusesPublicAddressTest {

    @Test
    void refusalIsOneLineWithNoStackTrace(CapturedOutput output) {
        SpringApplicationBuilder service = new SpringApplicationBuilder(TriageApplication.class);

        assertThatThrownBy(() -> service.run("--server.address=0.0.0.0", "--server.port=0"))
                .isInstanceOf(StartupRefusal.class);

        assertThat(output.getAll().lines().filter(line -> line.contains("Refusing to listen")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("Triage did not start: Refusing to listen on '0.0.0.0'"));
        assertThat(output.getAll()).doesNotContain("\tat ", "Application run failed");
    }

    @Test
    void portInUseIsRefusedBeforeAnythingStartsNamingThePortAndTheSetting(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            SpringApplicationBuilder service = new SpringApplicationBuilder(TriageApplication.class);

            assertThatThrownBy(() -> service.run("--server.port=" + taken.getLocalPort()))
                    .isInstanceOf(StartupRefusal.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " on 127.0.0.1 is in use")
                    .hasMessageContaining("--server.port=PORT");
        }
        assertThat(output.getAll()).doesNotContain("\tat ", "was already in use");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "10.1.2.3", ""})
    void startOnANonLoopbackAddressIsRefusedWithTheReason(String address) {
        SpringApplicationBuilder service = new SpringApplicationBuilder(TriageApplication.class);

        assertThatThrownBy(() -> service.run("--server.address=" + address, "--server.port=0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to listen on")
                .hasMessageContaining("no authentication")
                .hasMessageContaining("server.address=127.0.0.1");
    }
}
