package dev.triage.orchestrator.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * PagerDuty's V3 signature vectors. The expected HMAC was computed outside Java:
 * {@code printf '%s' BODY | openssl dgst -sha256 -hmac pd-secret-1}.
 */
class PagerDutySignaturesTest {

    private static final byte[] BODY =
            "{\"event\":{\"event_type\":\"incident.triggered\"}}".getBytes(StandardCharsets.UTF_8);
    private static final String VALID = "v1=e77953b023ebf7aa713e151262d17f7c916b382f4563335db94e0eead02451cb";

    @Test
    void signatureOfTheBodyWithTheSecretIsAccepted() {
        assertThat(PagerDutySignatures.sign("pd-secret-1", BODY)).isEqualTo(VALID);
        assertThat(PagerDutySignatures.valid("pd-secret-1", BODY, VALID)).isTrue();
        assertThat(PagerDutySignatures.valid(
                        "pd-secret-1", BODY, VALID.toUpperCase().replace("V1=", "v1=")))
                .isTrue();
    }

    @Test
    void signatureMadeWithAnotherSecretIsRefused() {
        assertThat(PagerDutySignatures.valid("pd-secret-2", BODY, VALID)).isFalse();
    }

    @Test
    void rotatedPairIsAcceptedWhicheverComesFirst() {
        String old = PagerDutySignatures.sign("pd-secret-0", BODY);

        assertThat(PagerDutySignatures.valid("pd-secret-1", BODY, old + "," + VALID))
                .isTrue();
        assertThat(PagerDutySignatures.valid("pd-secret-1", BODY, VALID + ", " + old))
                .isTrue();
        assertThat(PagerDutySignatures.valid("pd-secret-2", BODY, old + "," + VALID))
                .isFalse();
    }

    @Test
    void missingOrEmptyOrUnversionedSignatureIsRefused() {
        assertThat(PagerDutySignatures.valid("pd-secret-1", BODY, null)).isFalse();
        assertThat(PagerDutySignatures.valid("pd-secret-1", BODY, "")).isFalse();
        assertThat(PagerDutySignatures.valid("pd-secret-1", BODY, "v1=")).isFalse();
        assertThat(PagerDutySignatures.valid("pd-secret-1", BODY, VALID.substring(3)))
                .isFalse();
        assertThat(PagerDutySignatures.valid("pd-secret-1", BODY, "v2=" + VALID.substring(3)))
                .isFalse();
    }

    @Test
    void tamperedBodyIsRefused() {
        byte[] tampered = "{\"event\":{\"event_type\":\"incident.triggered\"} }".getBytes(StandardCharsets.UTF_8);

        assertThat(PagerDutySignatures.valid("pd-secret-1", tampered, VALID)).isFalse();
    }
}
