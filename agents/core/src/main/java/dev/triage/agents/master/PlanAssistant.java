package dev.triage.agents.master;

import java.util.List;

/** The master's planning model: which agents, in which stages, and why. */
interface PlanAssistant {

    Answer plan(String request);

    /** @param steps the agents to run; steps with the same stage number run in parallel */
    record Answer(List<Step> steps) {}

    /**
     * @param agent diagnostic, analysis or remediation
     * @param stage 1 for the first stage, 2 for the next, ...
     * @param reason one line: why this agent for this request
     */
    record Step(String agent, int stage, String reason) {}
}
