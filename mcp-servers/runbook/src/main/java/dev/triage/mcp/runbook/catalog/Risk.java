package dev.triage.mcp.runbook.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a runbook can hurt if it goes wrong; policies may let low-risk runbooks run without approval. */
public enum Risk {
    LOW,
    MEDIUM,
    HIGH;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
