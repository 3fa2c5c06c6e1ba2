package dev.triage.orchestrator.alerting;

import dev.triage.orchestrator.investigation.Intake;
import dev.triage.orchestrator.metrics.IntakeMetrics;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The alert webhooks' parts: the rejected alerts' table, and the hand-over of received alerts to the intake. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertsProperties.class)
class AlertsConfiguration {

    @Bean
    RejectedAlerts rejectedAlerts(JdbcClient jdbc, JsonMapper json) {
        return new RejectedAlerts(jdbc, json);
    }

    @Bean
    AlertIntake alertIntake(Intake intake, RejectedAlerts rejected, IntakeMetrics metrics) {
        return new AlertIntake(intake, rejected, Clock.systemUTC(), metrics);
    }
}
