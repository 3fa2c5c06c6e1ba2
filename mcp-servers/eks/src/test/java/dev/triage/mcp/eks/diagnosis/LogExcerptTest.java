package dev.triage.mcp.eks.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogExcerptTest {

    @Test
    void aFatalLineOutranksWarningsAroundIt() {
        String log = """
                INFO starting
                WARN cache disabled
                FATAL: environment variable DATABASE_URL is not set; refusing to start
                INFO shutting down
                """;

        assertThat(LogExcerpt.of(log, false).quote())
                .isEqualTo("FATAL: environment variable DATABASE_URL is not set; refusing to start");
    }

    @Test
    void aPythonTracebackIsExplainedByItsExceptionLineNotItsFrames() {
        String log = """
                Traceback (most recent call last):
                  File "/app/report/db.py", line 21, in connect
                    return psycopg2.connect(dsn)
                psycopg2.OperationalError: connection to server at "db" (10.0.0.3), port 5432 failed: Connection refused
                \tIs the server running on that host and accepting TCP/IP connections?
                """;

        assertThat(LogExcerpt.of(log, false).quote()).startsWith("psycopg2.OperationalError: connection to server");
    }

    @Test
    void ofEquallyExplanatoryLinesTheLatestIsQuoted() {
        String log = "ERROR: first failure\nERROR: second failure\n";

        assertThat(LogExcerpt.of(log, false).quote()).isEqualTo("ERROR: second failure");
    }

    @Test
    void theLastLineIsQuotedWhenAskedForOrWhenNothingExplainsTheFailure() {
        String log = "GC(44) Pause Full 229M->226M(230M)\r\nGC(45) Eden regions: 0->0(11)\r\n\n";

        assertThat(LogExcerpt.of(log, true).quote()).isEqualTo("GC(45) Eden regions: 0->0(11)");
        assertThat(LogExcerpt.of(log, false).quote()).isEqualTo("GC(45) Eden regions: 0->0(11)");
        assertThat(LogExcerpt.of(log, false).problemLines()).isEmpty();
    }

    @Test
    void aSummaryCarriesALongLineCutShortWhileTheQuoteStaysWhole() {
        String line = "ERROR " + "x".repeat(500);

        LogExcerpt excerpt = LogExcerpt.of(line, false);

        assertThat(excerpt.quote()).isEqualTo(line);
        assertThat(excerpt.brief()).hasSize(201).endsWith("…");
    }
}
