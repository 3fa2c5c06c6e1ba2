package dev.triage.orchestrator.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.InvestigationRequest;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.RouteStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** What the investigation tests share: starting, awaiting and scripting the end of a run. */
final class Runs {

    private Runs() {}

    /** The id of an investigation that {@code outcome} says started. */
    static String started(IntakeOutcome outcome) {
        assertThat(outcome).isInstanceOf(IntakeOutcome.Accepted.class);
        return ((IntakeOutcome.Accepted) outcome).id();
    }

    /** Waits, on the service's own progress signal and a bounded number of times, for the run to end. */
    static InvestigationReport awaitFinished(Investigations investigations, String id) throws InterruptedException {
        for (int wait = 0; wait < 300; wait++) {
            long version = investigations.progressVersion();
            InvestigationReport report = investigations.report(id).orElseThrow();
            if (report.status() != InvestigationStatus.RUNNING && report.status() != InvestigationStatus.QUEUED) {
                return report;
            }
            investigations.awaitProgress(version, Duration.ofMillis(100));
        }
        throw new AssertionError("investigation " + id + " did not finish");
    }

    /** A scripted runner's final report for {@code request}. */
    static InvestigationReport completed(
            InvestigationRequest request, List<RouteStep> route, List<Finding> findings, String summary) {
        return new InvestigationReport(
                request.id(),
                InvestigationStatus.COMPLETED,
                request.question(),
                request.cluster(),
                request.namespace(),
                route,
                findings,
                findings.stream().map(Finding::id).toList(),
                null,
                summary,
                null,
                null,
                null,
                Instant.parse("2026-11-21T09:42:00Z"),
                Instant.parse("2026-11-21T09:42:05Z"));
    }

    /** Blocks a scripted runner until the test releases it. */
    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
