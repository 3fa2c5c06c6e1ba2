package dev.triage.orchestrator.metrics;

import dev.triage.orchestrator.store.InvestigationStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Investigation and intake metrics into the service's meter registry (Prometheus at {@code /actuator/prometheus}). */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    InvestigationMetrics investigationMetrics(MeterRegistry registry) {
        return new InvestigationMetrics(registry);
    }

    @Bean
    IntakeMetrics intakeMetrics(MeterRegistry registry, InvestigationStore store) {
        return new IntakeMetrics(registry, store);
    }
}
