package dev.triage.mcp.cloudwatch.aws;

import dev.triage.mcp.hosting.tracing.ClientSpan;
import dev.triage.mcp.hosting.tracing.ClientSpans;
import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;

/**
 * A client span per AWS API call a traced MCP request's tool makes, its retries inside: service, operation, region,
 * request id and status, never the request, the response (a Logs Insights query, log lines) or an error's message.
 * The clients are synchronous, so a call starts and ends on the tool's thread, under its span.
 */
final class AwsCallSpans implements ExecutionInterceptor {

    private static final ExecutionAttribute<ClientSpan> SPAN = new ExecutionAttribute<>("TriageClientSpan");
    private static final String REQUEST_ID = "x-amzn-RequestId";

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        ClientSpans.current().ifPresent(spans -> {
            String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            Region region = attributes.getAttribute(AwsExecutionAttribute.AWS_REGION);
            attributes.putAttribute(
                    SPAN,
                    spans.start(service + "/" + operation)
                            .attribute("rpc.system", "aws-api")
                            .attribute("rpc.service", service)
                            .attribute("rpc.method", operation)
                            .attribute("cloud.region", region == null ? null : region.id()));
        });
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        ClientSpan span = attributes.getAttribute(SPAN);
        if (span != null) {
            SdkHttpResponse response = context.httpResponse();
            span.attribute(
                            "aws.request_id",
                            response.firstMatchingHeader(REQUEST_ID).orElse(null))
                    .answered(response.statusCode());
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        ClientSpan span = attributes.getAttribute(SPAN);
        if (span == null) {
            return;
        }
        Throwable failure = context.exception();
        if (failure instanceof SdkServiceException service) {
            span.attribute("aws.request_id", service.requestId())
                    .attribute("http.response.status_code", service.statusCode());
        }
        span.failed(errorType(failure));
    }

    /** The service's error code (ThrottlingException), else the exception's class: never its message. */
    private static String errorType(Throwable failure) {
        if (failure instanceof AwsServiceException aws
                && aws.awsErrorDetails() != null
                && aws.awsErrorDetails().errorCode() != null) {
            return aws.awsErrorDetails().errorCode();
        }
        return failure.getClass().getName();
    }
}
