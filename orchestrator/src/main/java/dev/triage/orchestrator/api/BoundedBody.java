package dev.triage.orchestrator.api;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;

/** Reads a request body up to a limit, so an oversize one is refused without being held in memory. */
final class BoundedBody {

    private BoundedBody() {}

    static byte[] read(InputStream body, int maxBytes) throws IOException {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw Problems.problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "the body is larger than " + maxBytes + " bytes; send a shorter question");
        }
        return bytes;
    }
}
