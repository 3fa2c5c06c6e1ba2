package dev.triage.orchestrator.investigation;

import dev.triage.agents.InvestigationListener;
import dev.triage.agents.InvestigationRequest;
import dev.triage.model.InvestigationReport;

/**
 * Runs one investigation to its report, telling {@code listener} what happens on the way. The agents'
 * {@code Investigator} in the service; a scripted runner where a test needs to control the steps.
 */
@FunctionalInterface
public interface InvestigationRunner {

    InvestigationReport run(InvestigationRequest request, InvestigationListener listener);
}
