package dev.triage.orchestrator.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Start-up checks of the service as a whole. */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    // Static: a bean factory post-processor must exist before this configuration's instance does.
    @Bean
    static LoopbackGuard loopbackGuard(Environment environment) {
        return new LoopbackGuard(environment);
    }

    @Bean
    ReadyLine readyLine(AgentServers servers) {
        return new ReadyLine(servers);
    }
}
