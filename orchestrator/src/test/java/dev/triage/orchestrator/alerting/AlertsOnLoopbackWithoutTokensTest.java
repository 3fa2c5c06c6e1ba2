package dev.triage.orchestrator.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.orchestrator.TriageApplication;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The embedded default on loopback with no webhook credentials takes alerts as the API takes questions. */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlertsOnLoopbackWithoutTokensTest {

    @LocalServerPort
    int port;

    @Test
    void everyWebhookTakesAnAlertWithoutCredentials() {
        AlertCalls calls = new AlertCalls(port);
        String group = Payloads.group("firing", Payloads.crashLooping("firing", "f" + System.nanoTime(), "cart-1"));
        String incident = Payloads.pagerDuty("incident.triggered", "Q" + System.nanoTime());

        HttpResponse<String> alertmanager = calls.post(AlertCalls.ALERTMANAGER, group, Map.of());
        HttpResponse<String> pagerDuty = calls.post(AlertCalls.PAGERDUTY, incident, Map.of());
        HttpResponse<String> generic =
                calls.post(AlertCalls.GENERIC, "{\"title\": \"disk full " + System.nanoTime() + "\"}", Map.of());

        assertThat(alertmanager.statusCode()).as(alertmanager.body()).isEqualTo(202);
        assertThat(pagerDuty.statusCode()).as(pagerDuty.body()).isEqualTo(202);
        assertThat(generic.statusCode()).as(generic.body()).isEqualTo(202);
        assertThat(calls.json(generic).get("id").stringValue()).isNotBlank();
    }
}
