package dev.triage.mcp.cloudwatch.aws;

import dev.triage.mcp.cloudwatch.logs.LogQueryException;
import dev.triage.mcp.cloudwatch.metrics.MetricQueryException;
import dev.triage.mcp.hosting.server.UpstreamErrors;
import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * AWS's own answer for a failed call, with the call it answered and what to do about it: throttling, access denied,
 * validation, timeouts. Bad input the sources detected themselves is reported by its message.
 */
public final class AwsErrors implements UpstreamErrors {

    private final Duration callTimeout;

    public AwsErrors(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    @Override
    public boolean isUpstreamAnswer(Exception exception) {
        return exception instanceof MetricQueryException
                || exception instanceof LogQueryException
                || (exception instanceof AwsCallException call && call.sdkCause() instanceof AwsServiceException);
    }

    @Override
    public String describe(Exception exception) {
        if (exception instanceof AwsCallException call) {
            return call.call() + " failed: " + describe(call.sdkCause());
        }
        return UpstreamErrors.messages().describe(exception);
    }

    private String describe(SdkException cause) {
        if (cause instanceof AwsServiceException service) {
            return service(service);
        }
        if (cause instanceof ApiCallTimeoutException) {
            return "no answer within " + callTimeout + " (triage.cloudwatch.api-call-timeout); narrow the time "
                    + "range or the query and retry";
        }
        if (cause instanceof ApiCallAttemptTimeoutException) {
            return "every attempt timed out (triage.cloudwatch.api-call-attempt-timeout); retry later";
        }
        return cause.getMessage();
    }

    private static String service(AwsServiceException service) {
        String code = service.awsErrorDetails() == null
                ? null
                : service.awsErrorDetails().errorCode();
        String message = service.awsErrorDetails() == null
                ? service.getMessage()
                : service.awsErrorDetails().errorMessage();
        String answer = (code == null ? "" : code + ": ") + message + " (HTTP " + service.statusCode() + ")";
        return answer + hint(service);
    }

    private static String hint(AwsServiceException service) {
        if (service.isThrottlingException()) {
            return "; AWS is throttling this account: wait, then retry with fewer queries or a longer period";
        }
        if (service.statusCode() == 403) {
            return "; the server's IAM role (IRSA) lacks this permission";
        }
        return "";
    }
}
