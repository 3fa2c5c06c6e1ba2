package dev.triage.orchestrator.alerting;

import dev.triage.agents.routing.RequestSource;
import dev.triage.orchestrator.investigation.Intake;
import dev.triage.orchestrator.investigation.IntakeOutcome;
import dev.triage.orchestrator.metrics.IntakeMetrics;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Hands each received alert to the {@link Intake}: a firing one is started (or found to be a duplicate), a resolved
 * one annotates its investigation, an unusable one, or one naming a cluster this service does not reach, is kept
 * in the rejected alerts.
 */
final class AlertIntake {

    /**
     * What became of one alert.
     *
     * @param outcome {@code started}, {@code duplicate}, {@code resolved}, {@code unknown} (resolved, but no
     *     investigation of it is known) or {@code rejected}
     * @param id the investigation; for {@code rejected}, the rejection's id
     * @param reason why it was rejected; null otherwise
     */
    record AlertOutcome(String fingerprint, String outcome, String id, String reason) {

        boolean rejected() {
            return outcome.equals("rejected");
        }
    }

    private final Intake intake;
    private final RejectedAlerts rejected;
    private final Clock clock;
    private final IntakeMetrics metrics;

    AlertIntake(Intake intake, RejectedAlerts rejected, Clock clock, IntakeMetrics metrics) {
        this.intake = intake;
        this.rejected = rejected;
        this.clock = clock;
        this.metrics = metrics;
    }

    List<AlertOutcome> take(RequestSource source, List<ReceivedAlert> alerts) {
        return alerts.stream()
                .map(alert -> take(source, alert))
                .peek(taken -> metrics.alert(source, taken.outcome()))
                .toList();
    }

    private AlertOutcome take(RequestSource source, ReceivedAlert alert) {
        return switch (alert) {
            case ReceivedAlert.Firing firing -> start(source, firing);
            case ReceivedAlert.Resolved resolved -> {
                Optional<String> id = intake.resolved(resolved.fingerprint());
                yield new AlertOutcome(
                        resolved.fingerprint(), id.isPresent() ? "resolved" : "unknown", id.orElse(null), null);
            }
            case ReceivedAlert.Unusable unusable -> reject(source, unusable.fingerprint(), unusable.reason(), alert);
        };
    }

    private AlertOutcome start(RequestSource source, ReceivedAlert.Firing firing) {
        String fingerprint = firing.request().fingerprint();
        return switch (intake.submit(firing.request())) {
            case IntakeOutcome.Accepted accepted -> new AlertOutcome(fingerprint, "started", accepted.id(), null);
            case IntakeOutcome.Duplicate duplicate -> new AlertOutcome(fingerprint, "duplicate", duplicate.id(), null);
            case IntakeOutcome.UnknownCluster unknown ->
                reject(
                        source,
                        fingerprint,
                        "unknown cluster '" + AlertText.oneLine(unknown.requested(), 100)
                                + "': this service investigates " + unknown.servedList(),
                        firing);
        };
    }

    private AlertOutcome reject(RequestSource source, String fingerprint, String reason, ReceivedAlert alert) {
        String id = rejected.keep(source, reason, fingerprint, alert.alert(), clock.instant());
        return new AlertOutcome(fingerprint, "rejected", id, reason);
    }
}
