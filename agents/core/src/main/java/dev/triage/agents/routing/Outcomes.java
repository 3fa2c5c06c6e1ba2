package dev.triage.agents.routing;

import dev.langchain4j.exception.HttpException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Names what went wrong with an attempt ({@code timeout}, {@code http 503}, {@code circuit open}) and judges whether
 * it is transient. Both clients wrap the cause a few levels deep, so the whole cause chain is searched.
 */
final class Outcomes {

    static final String OK = "ok";
    static final String TIMEOUT = "timeout";
    static final String CIRCUIT_OPEN = "circuit open";
    static final String BUDGET_EXHAUSTED = "budget exhausted";

    private Outcomes() {}

    static String of(Throwable failure) {
        if (has(failure, CallNotPermittedException.class)) {
            return CIRCUIT_OPEN;
        }
        if (isTimeout(failure)) {
            return TIMEOUT;
        }
        int status = httpStatus(failure);
        if (status > 0) {
            return "http " + status;
        }
        // The class name only: messages from a model endpoint may quote the prompt.
        return "error " + root(failure).getClass().getSimpleName();
    }

    /** Worth another attempt on the same tier: a 5xx, a 429 or a broken connection, not a timeout or a 4xx. */
    static boolean retryable(Throwable failure) {
        if (isTimeout(failure) || has(failure, CallNotPermittedException.class)) {
            return false;
        }
        int status = httpStatus(failure);
        return status >= 500 || status == 429 || (status == 0 && has(failure, IOException.class));
    }

    /** Counts against the tier's health: what is retryable, and timeouts. */
    static boolean tierFailure(Throwable failure) {
        return isTimeout(failure) || retryable(failure);
    }

    private static boolean isTimeout(Throwable failure) {
        return has(failure, TimeoutException.class)
                || has(failure, dev.langchain4j.exception.TimeoutException.class)
                || has(failure, HttpTimeoutException.class)
                || has(failure, SocketTimeoutException.class)
                || has(failure, ApiCallTimeoutException.class)
                || has(failure, ApiCallAttemptTimeoutException.class);
    }

    private static int httpStatus(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http.statusCode();
            }
            if (t instanceof SdkServiceException aws && aws.statusCode() > 0) {
                return aws.statusCode();
            }
        }
        return 0;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
