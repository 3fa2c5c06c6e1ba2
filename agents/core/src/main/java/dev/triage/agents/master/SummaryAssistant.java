package dev.triage.agents.master;

/** The master's summarizing model: the report's summary text, from the findings and proposals it is given. */
interface SummaryAssistant {

    String summarize(String request);
}
