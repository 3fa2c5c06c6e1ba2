package dev.triage.orchestrator.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Request bodies decoded as strict UTF-8. Jackson's own decoder accepts overlong forms ({@code C0 AF} read as
 * {@code /}), which lets a filter that looks at bytes and one that looks at characters disagree; the JDK's decoder
 * refuses them, as RFC 3629 says, and so every body is decoded here before it is parsed.
 */
public final class RequestText {

    private RequestText() {}

    /** {@code body} as text, or a 400 problem when it is not well-formed UTF-8. */
    public static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ErrorResponseException(
                    HttpStatus.BAD_REQUEST,
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.BAD_REQUEST,
                            "the body is not well-formed UTF-8 (overlong or invalid byte sequences are refused)"),
                    e);
        }
    }

    /** The number of characters (code points) in {@code text}, as a person counts them, not UTF-16 units. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
