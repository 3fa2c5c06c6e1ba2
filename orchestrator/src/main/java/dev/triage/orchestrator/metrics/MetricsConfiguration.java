package dev.triage.orchestrator.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Investigation metrics into the service's meter registry (Prometheus at {@code /actuator/prometheus}). */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    InvestigationMetrics investigationMetrics(MeterRegistry registry) {
        return new InvestigationMetrics(registry);
    }
}
