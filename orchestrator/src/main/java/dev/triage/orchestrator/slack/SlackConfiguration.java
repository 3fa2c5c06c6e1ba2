package dev.triage.orchestrator.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.triage.orchestrator.approval.ApprovalService;
import dev.triage.orchestrator.feedback.FeedbackStore;
import dev.triage.orchestrator.investigation.Intake;
import dev.triage.orchestrator.investigation.Investigations;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Slack, when any {@code triage.slack.*} is set: the SDK's Web API client at {@code triage.slack.api-url}, the
 * store, the report renderer and the posting of reports. The slash command and the buttons need the signing secret
 * (their beans below, and the controllers, exist only with it), so without one {@code /slack/*} is a 404.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.class)
@EnableConfigurationProperties(SlackProperties.class)
class SlackConfiguration {

    private static final Clock CLOCK = Clock.systemUTC();
    // Slack wants an interaction answered within 3 seconds, and views.open happens before the answer.
    private static final int CALL_TIMEOUT_MILLIS = 2_500;

    @Bean(destroyMethod = "close")
    SlackApi slackApi(SlackProperties slack) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl().toString());
        config.setHttpClientCallTimeoutMillis(CALL_TIMEOUT_MILLIS);
        config.setHttpClientReadTimeoutMillis(CALL_TIMEOUT_MILLIS);
        // The SDK's call statistics learn the team by calling auth.test first: a call Slack need not see.
        config.setStatsEnabled(false);
        return new SlackApi(Slack.getInstance(config), Optional.ofNullable(slack.botToken()));
    }

    @Bean
    SlackStore slackStore(JdbcClient jdbc) {
        return new SlackStore(jdbc, CLOCK);
    }

    @Bean(destroyMethod = "close")
    SlackTasks slackTasks() {
        return new SlackTasks();
    }

    @Bean
    ReportBlocks reportBlocks(Environment environment) {
        return new ReportBlocks(Binder.get(environment)
                .bind("triage.ui.base-url", URI.class)
                .map(Optional::of)
                .orElse(Optional.empty()));
    }

    @Bean
    MessageRefresh messageRefresh(
            Investigations investigations, ApprovalService approvals, ReportBlocks blocks, SlackApi api) {
        return new MessageRefresh(investigations, new ProposalStates(approvals), blocks, api);
    }

    @Bean
    ReportDelivery reportDelivery(
            SlackProperties slack, MessageRefresh messages, SlackApi api, SlackStore store, SlackTasks tasks) {
        ChannelReports channel = new ChannelReports(slack, api, store, CLOCK);
        return new ReportDelivery(messages, api, channel, store, tasks::execute, CLOCK);
    }

    @Bean
    SlackStartLine slackStartLine(SlackProperties slack, Environment environment) {
        return new SlackStartLine(slack, environment.containsProperty("triage.ui.base-url"));
    }

    /** The slash command's and the buttons' parts: only with a signing secret to check their requests by. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "triage.slack", name = "signing-secret")
    static class Interactivity {

        @Bean
        SignedBodies signedBodies(SlackProperties slack) {
            return new SignedBodies(new RequestSignatures(slack.signingSecret(), CLOCK));
        }

        @Bean
        CommandStarts commandStarts(Intake intake) {
            return new InvestigationStarts(intake);
        }

        @Bean
        SlackPeople slackPeople(SlackProperties slack) {
            return new SlackPeople(slack.approverIds());
        }

        @Bean
        DecisionModals decisionModals(JsonMapper json) {
            return new DecisionModals(json);
        }

        @Bean
        ButtonClicks buttonClicks(
                SlackPeople people,
                DecisionModals modals,
                ApprovalService approvals,
                SlackStore store,
                MessageRefresh messages,
                FeedbackStore feedback,
                SlackApi api,
                SlackTasks tasks) {
            RunbookRuns runs = new RunbookRuns(approvals, store, messages);
            return new ButtonClicks(people, modals, runs, messages, feedback, api, tasks::execute, CLOCK);
        }

        @Bean
        ReasonSubmissions reasonSubmissions(
                SlackPeople people,
                DecisionModals modals,
                ApprovalService approvals,
                SlackStore store,
                MessageRefresh messages,
                SlackTasks tasks) {
            return new ReasonSubmissions(people, modals, approvals, store, messages, tasks::execute, CLOCK);
        }
    }
}
