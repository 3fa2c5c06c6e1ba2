package dev.triage.orchestrator.alerting;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The webhooks' refusals, as problem details ({@code application/problem+json}). */
final class AlertProblems {

    static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);

    private AlertProblems() {}

    /** A 401 saying what credential to send; {@code challenge} goes in {@code WWW-Authenticate}. */
    static ErrorResponseException unauthorized(String detail, String challenge) {
        ErrorResponseException problem = problem(HttpStatus.UNAUTHORIZED, detail);
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return problem;
    }

    static ErrorResponseException badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    /** A well-formed payload that is not what the webhook takes: 422 naming the field ({@code field} property). */
    static ErrorResponseException invalid(String field, String detail) {
        ErrorResponseException problem = problem(UNPROCESSABLE, field + ": " + detail);
        problem.getBody().setProperty("field", field);
        return problem;
    }

    static ErrorResponseException problem(HttpStatusCode status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
