package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import org.junit.jupiter.api.Test;

class JobTest {

    @Test
    void aCronJobsLatestRunFailingIsReportedOnTheCronJobWithTheLineThatKilledIt() {
        Diagnosis diagnosis = diagnose("jobs", "data");

        // db-backup failed once and then succeeded; cleanup is suspended; completed pods are done.
        assertThat(ids(diagnosis)).containsExactly("job_failed/CronJob/data/nightly-report");
        Finding report = diagnosis.findings().getFirst();
        assertThat(report.owner()).isEqualTo(new ResourceRef("CronJob", "data", "nightly-report"));
        assertThat(report.pods())
                .containsExactly(
                        "nightly-report-29920860-5wz7k",
                        "nightly-report-29920860-c8mvd",
                        "nightly-report-29920860-j2xhq");
        assertThat(quote(report, "Job data/nightly-report-29920860 status.conditions[Failed].reason"))
                .isEqualTo("BackoffLimitExceeded");
        assertThat(
                        quote(
                                report,
                                "Pod data/nightly-report-29920860-5wz7k status.containerStatuses[report].state.terminated.exitCode"))
                .isEqualTo("2");
        assertThat(quote(report, "log data/nightly-report-29920860-5wz7k/report"))
                .startsWith(
                        "psycopg2.OperationalError: connection to server at \"analytics-db.data.svc.cluster.local\"")
                .endsWith("port 5432 failed: Connection refused");
    }
}
