package dev.triage.orchestrator.slack;

import dev.triage.orchestrator.TriageApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default with Slack configured against a local stand-in for Slack. The settings come from this one
 * class, so every Slack test shares one service (Spring caches the context by them).
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SlackServiceTest {

    static final String APPROVER = "U0APPROVER";
    static final String INTRUDER = "U0INTRUDER";
    static final String ALERT_CHANNEL = "C0ALERTS";
    static final SlackStandIn SLACK = start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void slack(DynamicPropertyRegistry properties) {
        properties.add("triage.slack.signing-secret", () -> SignedRequests.SECRET);
        properties.add("triage.slack.approvers", () -> APPROVER);
        properties.add("triage.slack.bot-token", () -> "xoxb-test-token");
        properties.add("triage.slack.channel", () -> ALERT_CHANNEL);
        properties.add("triage.slack.api-url", SLACK::apiUrl);
        properties.add("triage.ui.base-url", () -> "https://triage.example.com");
    }

    SignedRequests slack() {
        return new SignedRequests(port);
    }

    TriageCalls api() {
        return new TriageCalls(port);
    }

    // One stand-in for the JVM, as the context that points at it is cached for the JVM.
    private static SlackStandIn start() {
        try {
            SlackStandIn standIn = new SlackStandIn();
            Runtime.getRuntime().addShutdownHook(new Thread(standIn::close));
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
