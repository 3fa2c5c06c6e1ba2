package dev.triage.orchestrator.approval;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The approvals API's errors, as RFC 9457 problem details like the rest of the API: a refusal of the approvals
 * service maps to its status, with the refusal's code as the {@code refusal} property.
 */
final class ApprovalProblems {

    private ApprovalProblems() {}

    /** The outcome's value, or the refusal as a problem. */
    static <T> T value(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.Refused<T> refused -> throw problem(refused);
        };
    }

    static ErrorResponseException badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    private static ErrorResponseException problem(Outcome.Refused<?> refused) {
        HttpStatus status =
                switch (refused.refusal()) {
                    case INVALID -> HttpStatus.BAD_REQUEST;
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
                    case UPSTREAM_ERROR -> HttpStatus.BAD_GATEWAY;
                };
        ErrorResponseException problem = problem(status, refused.reason());
        problem.getBody().setProperty("refusal", refused.code());
        return problem;
    }
}
