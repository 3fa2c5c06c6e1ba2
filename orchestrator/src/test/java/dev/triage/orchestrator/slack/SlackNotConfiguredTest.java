package dev.triage.orchestrator.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.orchestrator.TriageApplication;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** With no {@code triage.slack.*} setting, Slack's endpoints do not exist: not open, absent. */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackNotConfiguredTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void slackEndpointsAreNotFoundAndNoSlackBeanExists() throws Exception {
        SignedRequests slack = new SignedRequests(port);

        for (String path : new String[] {"/slack/commands", "/slack/interactions"}) {
            HttpResponse<String> response = slack.post(path, "command=%2Ftriage&text=help");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
        assertThat(context.getBeanNamesForType(SlackApi.class)).isEmpty();
        assertThat(context.getBeanNamesForType(InteractionController.class)).isEmpty();
    }
}
