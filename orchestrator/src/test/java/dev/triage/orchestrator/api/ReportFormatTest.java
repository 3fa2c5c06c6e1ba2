package dev.triage.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;

class ReportFormatTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "*/*                              | JSON",
                "application/json                 | JSON",
                "text/plain                       | TEXT",
                "text/*                           | TEXT",
                "text/plain;q=0.5, application/json | JSON",
                "application/json;q=0.2, text/plain | TEXT",
                "text/html, */*;q=0.8             | JSON"
            })
    void acceptHeaderPicksTheFormatAndAnythingElseIsJson(String accept, ReportFormat expected) {
        assertThat(ReportFormat.choose(null, MediaType.parseMediaTypes(accept))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"text, application/json, TEXT", "json, text/plain, JSON"})
    void formatParameterWinsOverAccept(String format, String accept, ReportFormat expected) {
        assertThat(ReportFormat.choose(format, MediaType.parseMediaTypes(accept)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"xml", "TEXT", "''"})
    void unknownFormatIsRefused(String format) {
        assertThatThrownBy(() -> ReportFormat.choose(format, MediaType.parseMediaTypes("*/*")))
                .isInstanceOf(ErrorResponseException.class)
                .hasMessageContaining("format must be json or text");
    }
}
