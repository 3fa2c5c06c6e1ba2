package dev.triage.agents.master;

import dev.triage.model.Finding;
import java.util.List;

/**
 * The master's synthesis.
 *
 * @param findings every finding, each root cause followed by its symptoms
 * @param rootCauses root-cause finding ids, most fundamental first
 * @param summary text a person can act on
 */
public record Conclusion(List<Finding> findings, List<String> rootCauses, String summary) {

    public Conclusion {
        findings = List.copyOf(findings);
        rootCauses = List.copyOf(rootCauses);
    }
}
