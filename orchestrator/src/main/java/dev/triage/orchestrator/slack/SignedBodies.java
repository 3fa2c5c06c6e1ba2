package dev.triage.orchestrator.slack;

import com.slack.api.app_backend.SlackSignature;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The body of a request to {@code /slack/*}, read whole as the bytes Slack signed (nothing may parse it first) and
 * returned only once its signature holds; otherwise a 401 that says why, before anything else happens.
 */
final class SignedBodies {

    private static final Logger LOG = LoggerFactory.getLogger(SignedBodies.class);

    private final RequestSignatures signatures;

    SignedBodies(RequestSignatures signatures) {
        this.signatures = signatures;
    }

    String read(HttpServletRequest request, int maxBytes) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw problem(HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + maxBytes + " bytes");
        }
        Optional<String> body = utf8(bytes);
        Optional<String> problem = body.isEmpty()
                ? Optional.of("the body is not UTF-8, so it is not what Slack signed")
                : signatures.problem(
                        request.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                        request.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE),
                        body.get());
        if (problem.isPresent()) {
            LOG.warn("Refused an unsigned request to {}: {}", request.getRequestURI(), problem.get());
            throw problem(HttpStatus.UNAUTHORIZED, problem.get());
        }
        return body.get();
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
