package dev.triage.orchestrator.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service as a whole: its ready line (its start-up checks run earlier, see {@link StartupChecks}). */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    @Bean
    ReadyLine readyLine(AgentServers servers) {
        return new ReadyLine(servers);
    }
}
