package dev.triage.orchestrator.investigation;

import dev.triage.model.InvestigationReport;
import dev.triage.orchestrator.store.InvestigationStore;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the channels that an investigation's final report is stored, with what its row keeps of the request (who
 * asked, where to reply). A channel's failure is its own: it is logged, and neither the run nor the other channels
 * are affected.
 */
final class Announcer {

    private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);

    private final InvestigationStore store;
    private final Consumer<InvestigationFinished> listeners;

    Announcer(InvestigationStore store, Consumer<InvestigationFinished> listeners) {
        this.store = store;
        this.listeners = listeners;
    }

    void finished(InvestigationReport report) {
        try {
            store.request(report.id())
                    .map(row -> new InvestigationFinished(
                            report.id(), row.source(), row.replyTarget(), row.fingerprint(), report))
                    .ifPresent(listeners);
        } catch (RuntimeException e) {
            LOG.warn("Investigation {} finished, but telling its channel failed", report.id(), e);
        }
    }
}
