package dev.triage.kubernetes.snapshot;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.http.MockResponse;

/** A request the embedded API server refuses, answered with a {@code Status} body like the real one. */
final class ApiError extends RuntimeException {

    private final int code;
    private final String reason;

    private ApiError(int code, String reason, String message) {
        super(message, null, false, false);
        this.code = code;
        this.reason = reason;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "BadRequest", message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "NotFound", message);
    }

    static ApiError internal(String message) {
        return new ApiError(500, "InternalError", message);
    }

    /** As the API server answers while it cannot serve (503 ServiceUnavailable). */
    static ApiError unavailable(String message) {
        return new ApiError(503, "ServiceUnavailable", message);
    }

    MockResponse toResponse(KubernetesSerialization serialization) {
        Status status = new StatusBuilder()
                .withStatus("Failure")
                .withMessage(getMessage())
                .withReason(reason)
                .withCode(code)
                .build();
        return new MockResponse()
                .setResponseCode(code)
                .setHeader("Content-Type", "application/json")
                .setBody(serialization.asJson(status));
    }
}
