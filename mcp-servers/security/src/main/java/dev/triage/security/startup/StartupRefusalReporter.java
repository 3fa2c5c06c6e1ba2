package dev.triage.security.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;

/**
 * Reports a {@link StartupRefusal} as the one line it is; Spring Boot then logs no "Application run failed" stack
 * trace for it. Any other failure is left to Boot's own reporting. Registered in META-INF/spring.factories.
 */
public final class StartupRefusalReporter implements SpringBootExceptionReporter {

    private static final Logger LOG = LoggerFactory.getLogger("dev.triage");

    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupRefusal refusal) {
                LOG.error("{} did not start: {}", refusal.subject(), refusal.getMessage());
                return true;
            }
        }
        return false;
    }
}
