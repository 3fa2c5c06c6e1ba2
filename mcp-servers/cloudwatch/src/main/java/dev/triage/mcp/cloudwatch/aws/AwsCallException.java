package dev.triage.mcp.cloudwatch.aws;

import software.amazon.awssdk.core.exception.SdkException;

/** An AWS call that failed, named as a model would name it ({@code CloudWatch GetMetricData}). */
final class AwsCallException extends RuntimeException {

    private final String call;

    AwsCallException(String call, SdkException cause) {
        super(call + " failed", cause);
        this.call = call;
    }

    String call() {
        return call;
    }

    SdkException sdkCause() {
        return (SdkException) getCause();
    }
}
