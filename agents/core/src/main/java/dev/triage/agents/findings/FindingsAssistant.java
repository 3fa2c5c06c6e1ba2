package dev.triage.agents.findings;

import dev.triage.agents.grounding.FindingClaim;
import java.util.List;

/**
 * The model side of a findings agent: investigates with its server's tools and answers with typed findings. The
 * system message is the specialty's; the request carries the question and every piece of data as untrusted blocks.
 */
interface FindingsAssistant {

    Answer investigate(String request);

    /** @param findings what the model found, each with quotes copied from tool results */
    record Answer(List<FindingClaim> findings) {}
}
