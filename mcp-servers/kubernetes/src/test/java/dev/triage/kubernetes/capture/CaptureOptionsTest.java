package dev.triage.kubernetes.capture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.hosting.testing.HostileValues;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class CaptureOptionsTest {

    static final List<String> HOSTILE = HostileValues.ALL;

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void aNamespaceThatIsNoDnsLabelIsRefusedBeforeItBecomesAPathOrADirectory(String namespace) {
        assertThatThrownBy(() -> CaptureOptions.namespaces("shop", namespace))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("namespace must be a DNS-1123 label");
    }
}
