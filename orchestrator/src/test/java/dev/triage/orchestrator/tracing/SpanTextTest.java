package dev.triage.orchestrator.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpanTextTest {

    @Test
    void aResultsUtf8LengthIsCountedAsEncodingWouldMakeIt() {
        for (String text : new String[] {"", "ok", "naïve café", "Pod 日本語", "crash 💥 loop", "lone \ud83d surrogate"}) {
            assertThat(SpanText.utf8Length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void textFromOutsideTheSeamIsRedactedAndCut() {
        String text = "password=canary-hunter2 " + "x".repeat(SpanText.MAX_CHARS);

        assertThat(SpanText.of(text)).doesNotContain("canary-hunter2").endsWith("... (cut)");
    }
}
