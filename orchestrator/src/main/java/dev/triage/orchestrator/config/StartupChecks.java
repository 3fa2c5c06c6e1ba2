package dev.triage.orchestrator.config;

import dev.triage.orchestrator.TriageApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The service's settings checked as soon as they are known, before the application context exists: nothing (the
 * database, the MCP servers, the listener) starts when one is refused, and the refusal is the one line
 * {@link dev.triage.security.startup.StartupRefusalReporter} prints. Registered in META-INF/spring.factories; the embedded MCP servers are
 * Spring applications on this classpath too, so it checks the service's application only.
 */
public final class StartupChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (event.getSpringApplication().getAllSources().contains(TriageApplication.class)) {
            LoopbackGuard.check(event.getEnvironment());
            AlertSecretsGuard.check(event.getEnvironment());
            PortGuard.check(event.getEnvironment());
        }
    }
}
