package dev.triage.orchestrator.investigation;

import dev.triage.agents.routing.RequestSource;
import dev.triage.model.InvestigationReport;

/**
 * Published (as a Spring application event) once an investigation's final report is stored, whichever replica ran
 * it and however it ended: COMPLETED, or FAILED (an error, or too many interrupted attempts). Channels subscribe with
 * {@code @EventListener} and pick their own by {@link #source}, so no channel polls. Listeners run on the runner's
 * thread: hand slow work (an HTTP post) to an executor of your own. The same investigation may be announced again
 * after a crash between storing and announcing; a channel that must post once keeps its own record of deliveries.
 *
 * @param id the investigation
 * @param source the channel that asked
 * @param replyTarget what that channel gave as {@link IntakeRequest#replyTarget}; null if none
 * @param fingerprint the alert's fingerprint; null for a question
 * @param report the final report
 */
public record InvestigationFinished(
        String id, RequestSource source, String replyTarget, String fingerprint, InvestigationReport report) {}
