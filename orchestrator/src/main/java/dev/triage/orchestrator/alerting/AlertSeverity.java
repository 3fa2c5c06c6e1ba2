package dev.triage.orchestrator.alerting;

import dev.triage.model.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The severity words alerting tools use, as Triage's severity; routing may pick a stronger model for the worst. */
final class AlertSeverity {

    private static final Map<String, Severity> WORDS = Map.ofEntries(
            Map.entry("critical", Severity.CRITICAL),
            Map.entry("page", Severity.CRITICAL),
            Map.entry("p1", Severity.CRITICAL),
            Map.entry("high", Severity.HIGH),
            Map.entry("error", Severity.HIGH),
            Map.entry("major", Severity.HIGH),
            Map.entry("p2", Severity.HIGH),
            Map.entry("warning", Severity.MEDIUM),
            Map.entry("medium", Severity.MEDIUM),
            Map.entry("minor", Severity.MEDIUM),
            Map.entry("p3", Severity.MEDIUM),
            Map.entry("low", Severity.LOW),
            Map.entry("info", Severity.LOW),
            Map.entry("none", Severity.LOW),
            Map.entry("p4", Severity.LOW),
            Map.entry("p5", Severity.LOW));

    /** The words accepted, for an error message. */
    static final String ACCEPTED = "critical, page, high, error, major, warning, medium, minor, low, info, none, P1-P5";

    private AlertSeverity() {}

    /** Empty for null, blank or an unknown word. */
    static Optional<Severity> of(String word) {
        return word == null
                ? Optional.empty()
                : Optional.ofNullable(WORDS.get(word.strip().toLowerCase(Locale.ROOT)));
    }
}
