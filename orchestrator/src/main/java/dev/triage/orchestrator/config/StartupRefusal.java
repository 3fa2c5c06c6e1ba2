package dev.triage.orchestrator.config;

/**
 * A setting the service cannot start with, found before anything heavy started: reported as the one line
 * "Triage did not start: ..." with no stack trace.
 */
public class StartupRefusal extends dev.triage.security.startup.StartupRefusal {

    public StartupRefusal(String message) {
        super("Triage", message);
    }
}
