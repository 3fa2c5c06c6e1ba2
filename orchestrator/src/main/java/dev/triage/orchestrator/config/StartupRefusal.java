package dev.triage.orchestrator.config;

/**
 * A setting the service cannot start with, found before anything heavy started. Its message is the whole story (what
 * is wrong and what to set), so it is reported as one line with no stack trace ({@link StartupRefusalReporter}).
 */
public class StartupRefusal extends IllegalStateException {

    public StartupRefusal(String message) {
        super(message);
    }
}
