package dev.triage.orchestrator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InvestigationsPropertiesTest {

    @Test
    void leaseShorterThanASecondIsRefusedWithTheSettingNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new InvestigationsProperties(4, 50, Duration.ofMinutes(30), Duration.ofMillis(500), 16))
                .withMessageContaining("triage.investigations.lease");
    }

    @Test
    void leaseOfASecondOrMoreIsAccepted() {
        assertThat(new InvestigationsProperties(4, 50, Duration.ofMinutes(30), Duration.ofSeconds(1), 16).lease())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void noStreamsPerClientIsRefusedWithTheSettingNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new InvestigationsProperties(4, 50, Duration.ofMinutes(30), Duration.ofSeconds(60), 0))
                .withMessageContaining("triage.investigations.max-streams-per-client");
    }
}
