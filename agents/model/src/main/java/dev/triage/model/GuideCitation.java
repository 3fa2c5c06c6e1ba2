package dev.triage.model;

import java.util.List;
import java.util.Objects;

/**
 * The investigation guide a report cites for a root cause's category: what an SRE checks next, in order.
 *
 * @param guide the guide's id, its file name under {@code runbooks/guides} without {@code .md}
 * @param title the guide's title
 * @param category the root causes' category it is cited for
 * @param findings the root-cause finding ids of that category
 */
public record GuideCitation(String guide, String title, Category category, List<String> findings) {

    public GuideCitation {
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(category, "category");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
