package dev.triage.orchestrator.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks that a request comes from Slack: its {@code X-Slack-Signature} is the v0 HMAC-SHA256, under the app's
 * signing secret, of {@code v0:timestamp:body}, and its {@code X-Slack-Request-Timestamp} is within five minutes of
 * now, either way. The SDK computes the signature; the SDK's own verifier is not used, because it accepts timestamps
 * from the future and compares signatures with {@code equals}, whose time tells an attacker how much of a guess was
 * right.
 */
final class RequestSignatures {

    static final Duration WINDOW = Duration.ofMinutes(5);

    private final SlackSignature.Generator generator;
    private final Clock clock;

    RequestSignatures(String signingSecret, Clock clock) {
        this.generator = new SlackSignature.Generator(signingSecret);
        this.clock = clock;
    }

    /** Why the request is not Slack's, or nothing when it is. */
    Optional<String> problem(String timestamp, String signature, String body) {
        if (timestamp == null || timestamp.isBlank()) {
            return Optional.of("the request has no " + SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP
                    + " header: only Slack's signed requests are answered");
        }
        if (signature == null || signature.isBlank()) {
            return Optional.of("the request has no " + SlackSignature.HeaderNames.X_SLACK_SIGNATURE
                    + " header: only Slack's signed requests are answered");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Optional.of("X-Slack-Request-Timestamp is not a Unix time in seconds");
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > WINDOW.toSeconds()) {
            return Optional.of("X-Slack-Request-Timestamp is " + skew
                    + " s away from now, more than 5 minutes: a replayed request, or a clock that is off");
        }
        byte[] expected = generator.generate(timestamp.strip(), body).getBytes(StandardCharsets.UTF_8);
        byte[] given = signature.strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.of("X-Slack-Signature does not match the body: not signed with this app's signing secret");
        }
        return Optional.empty();
    }
}
