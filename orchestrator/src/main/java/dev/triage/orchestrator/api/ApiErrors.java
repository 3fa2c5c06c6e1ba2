package dev.triage.orchestrator.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as a problem detail: Spring MVC's own (unknown path, wrong method, wrong media type, a malformed id)
 * through the base class, the API's through {@code ErrorResponseException}, and anything unexpected as a 500 that
 * says no more than that (the log has the rest).
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** Says what to send, not Spring's "Content-Type 'null' is not supported" when the header is missing. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String send = "send Content-Type: " + MediaType.toString(e.getSupportedMediaTypes());
        ProblemDetail body = e.getBody();
        body.setDetail(
                e.getContentType() == null
                        ? "the request has no Content-Type; " + send
                        : "Content-Type '" + e.getContentType() + "' is not supported; " + send);
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("Request failed", e);
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the service log has the details");
    }
}
