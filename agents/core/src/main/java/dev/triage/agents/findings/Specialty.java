package dev.triage.agents.findings;

import dev.triage.agents.routing.Role;
import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import java.util.List;

/**
 * What makes a findings agent a diagnostic or an analysis agent: its role, its system prompt, and its deterministic
 * analysis (what the rules tier returns, and what the model is always shown).
 */
record Specialty(Role role, String systemPrompt, Rules rules) {

    @FunctionalInterface
    interface Rules {
        List<Finding> findings(ServerTools tools, Inquiry inquiry, Trail trail);
    }

    String agent() {
        return role.wireName();
    }
}
