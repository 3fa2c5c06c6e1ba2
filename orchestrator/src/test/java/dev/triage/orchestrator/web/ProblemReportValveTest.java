package dev.triage.orchestrator.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemReportValveTest {

    @Test
    void problemNamesTheStatusAndSaysWhatWasRefused() {
        assertThat(ProblemReportValve.problem(400))
                .containsEntry("type", "about:blank")
                .containsEntry("title", "Bad Request")
                .containsEntry("status", 400)
                .hasEntrySatisfying(
                        "detail", detail -> assertThat((String) detail).contains("encoded slash"));
    }

    @Test
    void unknownStatusStillGetsAProblem() {
        assertThat(ProblemReportValve.problem(499))
                .containsEntry("title", "Error")
                .containsEntry("status", 499);
    }
}
