package dev.triage.orchestrator.investigation;

import dev.triage.agents.InvestigationRequest;
import dev.triage.model.InvestigationReport;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One investigation on a runner thread, from the request to the stored report. */
final class InvestigationRun implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(InvestigationRun.class);

    private final InvestigationRequest request;
    private final InvestigationReport running;
    private final InvestigationRunner runner;
    private final EventRecorder recorder;
    private final Clock clock;

    InvestigationRun(
            InvestigationRequest request,
            InvestigationReport running,
            InvestigationRunner runner,
            EventRecorder recorder,
            Clock clock) {
        this.request = request;
        this.running = running;
        this.runner = runner;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public void run() {
        InvestigationReport report = investigate();
        try {
            recorder.finish(report);
            LOG.info(
                    "Investigation {} {}: {} findings",
                    request.id(),
                    report.status(),
                    report.findings().size());
        } catch (RuntimeException e) {
            // The row stays RUNNING, no longer heartbeated: once its lease runs out, another replica's sweep or the
            // next start queues it again.
            LOG.error("Investigation {} finished but its report could not be stored", request.id(), e);
        }
    }

    // The runner promises a report for agent, tool and model failures; anything else is still the user's answer.
    private InvestigationReport investigate() {
        try {
            return runner.run(request, recorder);
        } catch (RuntimeException e) {
            LOG.error("Investigation {} stopped with an error", request.id(), e);
            String note = "the investigation stopped with an internal error ("
                    + e.getClass().getSimpleName() + "); the service log has the details";
            return Reports.failed(running, note, clock.instant());
        }
    }
}
