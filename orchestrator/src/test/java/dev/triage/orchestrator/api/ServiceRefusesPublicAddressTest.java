package dev.triage.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.orchestrator.TriageApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** With no authentication, the service will not listen where others can reach it. */
class ServiceRefusesPublicAddressTest {

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
