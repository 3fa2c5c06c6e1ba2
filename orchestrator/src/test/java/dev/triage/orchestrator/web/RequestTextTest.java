package dev.triage.orchestrator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class RequestTextTest {

    @Test
    void wellFormedUtf8IsDecoded() {
        assertThat(RequestText.utf8("caf\u00e9 \uD83D\uDD25".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("caf\u00e9 \uD83D\uDD25");
    }

    @Test
    void overlongSlashIsRefusedNotReadAsSlash() {
        assertThatThrownBy(() -> RequestText.utf8(new byte[] {'a', (byte) 0xC0, (byte) 0xAF}))
                .isInstanceOf(ErrorResponseException.class)
                .satisfies(e -> assertThat(
                                ((ErrorResponseException) e).getStatusCode().value())
                        .isEqualTo(400))
                .satisfies(
                        e -> assertThat(((ErrorResponseException) e).getBody().getDetail())
                                .contains("not well-formed UTF-8"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(RequestText.length("\uD83D\uDD25\uD83D\uDD25x")).isEqualTo(3);
    }
}
