package dev.triage.orchestrator.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReadErrorsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"a\": 1} {}            | there is more after the JSON value",
                "''                       | the body is empty",
                "{\"a\": 1, \"a\": 2}     | Duplicate Object property \"a\"",
                "{\"a\": tru}             | Unrecognized token 'tru'",
                "{\"a\":                  | Unexpected end-of-input"
            })
    void messageSaysWhatIsWrongWithoutNamingLibraryClasses(String body, String expected) {
        String message = describe(body);

        assertThat(message).contains(expected).doesNotContain("`", "jackson", "JsonNode", "DeserializationFeature");
    }

    private String describe(String body) {
        try {
            json.readerFor(JsonNode.class)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readValue(body);
            throw new AssertionError("read: " + body);
        } catch (JacksonException e) {
            return JsonReadErrors.describe(e);
        }
    }
}
