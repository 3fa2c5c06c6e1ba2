package dev.triage.security.startup;

/**
 * A setting an application cannot start with, found before anything heavy started. Its message is the whole story
 * (what is wrong and what to set), so it is reported as one line with no stack trace ({@link StartupRefusalReporter}).
 */
public class StartupRefusal extends IllegalStateException {

    private final String subject;

    /**
     * @param subject what did not start, as the line names it: {@code Triage}, {@code The MCP server triage-eks}
     */
    public StartupRefusal(String subject, String message) {
        super(message);
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }
}
