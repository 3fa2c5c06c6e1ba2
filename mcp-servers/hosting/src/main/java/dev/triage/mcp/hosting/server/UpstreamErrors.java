package dev.triage.mcp.hosting.server;

/**
 * Describes an exception a tool handler threw, as the one line a model reads to correct its call. A server may
 * declare a bean of it to say more precisely what its upstream (the Kubernetes API, AWS) answered.
 */
@FunctionalInterface
public interface UpstreamErrors {

    String describe(Exception exception);

    /** Whether the exception is the upstream's answer (logged as one line) rather than a fault (logged in full). */
    default boolean isUpstreamAnswer(Exception exception) {
        return false;
    }

    /** The exception's own message, or its type when it has none. */
    static UpstreamErrors messages() {
        return exception ->
                exception.getMessage() == null || exception.getMessage().isBlank()
                        ? exception.getClass().getSimpleName()
                        : exception.getMessage();
    }
}
