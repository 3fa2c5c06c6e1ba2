package dev.triage.mcp.cloudwatch.metrics;

/** Thrown for bad input the caller can fix (unknown metric, bad dimensions, inverted range): the message says what is wrong. */
public final class MetricQueryException extends RuntimeException {

    public MetricQueryException(String message) {
        super(message);
    }
}
