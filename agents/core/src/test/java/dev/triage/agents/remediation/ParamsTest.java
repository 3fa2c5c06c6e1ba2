package dev.triage.agents.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

    @ParameterizedTest
    @CsvSource({"256Mi, 384Mi", "100Mi, 192Mi", "1Gi, 1536Mi", "524288Ki, 768Mi", "64Mi, 128Mi"})
    void aMemoryLimitIsRaisedByHalfRoundedUpTo64Mi(String limit, String raised) {
        assertThat(Params.raised(limit)).contains(raised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"512M", "1.5Gi", "lots", ""})
    void aLimitItCannotReadIsLeftToTheServer(String limit) {
        assertThat(Params.raised(limit)).isEmpty();
    }
}
