package dev.triage.mcp.cloudwatch.logs;

/** Thrown for a log request the source cannot serve as asked (unknown log group, unsupported query): the message says why. */
public final class LogQueryException extends RuntimeException {

    public LogQueryException(String message) {
        super(message);
    }
}
