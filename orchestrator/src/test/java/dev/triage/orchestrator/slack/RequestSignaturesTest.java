package dev.triage.orchestrator.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Signature vectors: what Slack signs is accepted, and nothing else. */
class RequestSignaturesTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final String BODY = "token=x&command=%2Ftriage&text=why+is+cart+crashing&trigger_id=13345224609.1";

    private final RequestSignatures signatures = new RequestSignatures(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aRequestSignedWithTheSecretNowIsAccepted() {
        String ts = seconds(NOW);

        assertThat(signatures.problem(ts, SlackSigning.sign(SECRET, ts, BODY), BODY))
                .isEmpty();
    }

    @Test
    void theKnownVectorFromSlacksDocumentationIsAccepted() {
        // Slack's "Verifying requests from Slack" example: this secret, timestamp and body give this signature.
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        RequestSignatures atThatTime = new RequestSignatures(
                "8f742231b10e8888abcd99yyyzzz85a5", Clock.fixed(Instant.ofEpochSecond(1531420618), ZoneOffset.UTC));

        assertThat(atThatTime.problem(
                        "1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", body))
                .isEmpty();
    }

    @Test
    void aRequestSignedWithAnotherSecretIsRefused() {
        String ts = seconds(NOW);

        assertThat(signatures.problem(ts, SlackSigning.sign("another-secret", ts, BODY), BODY))
                .hasValueSatisfying(why -> assertThat(why).contains("does not match"));
    }

    @Test
    void aTimestampSixMinutesOldIsRefusedEvenWithTheRightSignature() {
        String ts = seconds(NOW.minus(Duration.ofMinutes(6)));

        assertThat(signatures.problem(ts, SlackSigning.sign(SECRET, ts, BODY), BODY))
                .hasValueSatisfying(why -> assertThat(why).contains("more than 5 minutes"));
    }

    @Test
    void aTimestampSixMinutesInTheFutureIsRefusedEvenWithTheRightSignature() {
        String ts = seconds(NOW.plus(Duration.ofMinutes(6)));

        assertThat(signatures.problem(ts, SlackSigning.sign(SECRET, ts, BODY), BODY))
                .hasValueSatisfying(why -> assertThat(why).contains("more than 5 minutes"));
    }

    @Test
    void fiveMinutesEitherWayIsStillInTheWindow() {
        for (Instant at : new Instant[] {NOW.minus(Duration.ofMinutes(5)), NOW.plus(Duration.ofMinutes(5))}) {
            String ts = seconds(at);
            assertThat(signatures.problem(ts, SlackSigning.sign(SECRET, ts, BODY), BODY))
                    .isEmpty();
        }
    }

    @Test
    void missingHeadersAreRefusedNamingTheHeader() {
        String ts = seconds(NOW);

        assertThat(signatures.problem(null, SlackSigning.sign(SECRET, ts, BODY), BODY))
                .hasValueSatisfying(why -> assertThat(why).contains("X-Slack-Request-Timestamp"));
        assertThat(signatures.problem(ts, null, BODY))
                .hasValueSatisfying(why -> assertThat(why).contains("X-Slack-Signature"));
        assertThat(signatures.problem(" ", "", BODY)).isPresent();
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String ts = seconds(NOW);
        String signature = SlackSigning.sign(SECRET, ts, BODY);

        assertThat(signatures.problem(ts, signature, BODY.replace("cart", "search")))
                .isPresent();
        assertThat(signatures.problem(ts, signature, BODY + "&ns=kube-system")).isPresent();
    }

    @Test
    void aTimestampThatIsNoNumberAndATruncatedSignatureAreRefused() {
        String ts = seconds(NOW);
        String signature = SlackSigning.sign(SECRET, ts, BODY);

        assertThat(signatures.problem("yesterday", signature, BODY))
                .hasValueSatisfying(why -> assertThat(why).contains("Unix time"));
        assertThat(signatures.problem(ts, signature.substring(0, 20), BODY)).isPresent();
        assertThat(signatures.problem(ts, "v0=" + "0".repeat(64), BODY)).isPresent();
    }

    private static String seconds(Instant at) {
        return Long.toString(at.getEpochSecond());
    }
}
