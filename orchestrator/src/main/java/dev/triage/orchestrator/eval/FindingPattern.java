package dev.triage.orchestrator.eval;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a finding in a scenario's report must (or must not) look like. Every field is optional; a finding matches when
 * it satisfies all fields given.
 *
 * @param kind the finding's resource kind, exactly ({@code Deployment}, {@code Node})
 * @param namespace the finding's namespace, exactly
 * @param name the finding's resource name, exactly
 * @param owner the top owner, {@code Kind/name} or {@code Kind} alone ({@code StatefulSet/redis-master})
 * @param category the finding's category
 * @param mentions texts that must each appear, ignoring case, in the summary or in an evidence line (ref or quote)
 * @param rootCause {@code true}: the finding is a root cause; {@code false}: it is a symptom of another
 * @param causedBy the finding this one is directly a symptom of
 * @param rootedIn the finding this one's chain of causes ends in (the root cause at any depth)
 */
public record FindingPattern(
        String kind,
        String namespace,
        String name,
        String owner,
        Category category,
        List<String> mentions,
        Boolean rootCause,
        FindingPattern causedBy,
        FindingPattern rootedIn) {

    public FindingPattern {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** Whether {@code finding} satisfies this pattern; {@code byId} resolves causes. */
    boolean matches(Finding finding, Map<String, Finding> byId) {
        return equalOrAny(kind, finding.kind())
                && equalOrAny(namespace, finding.namespace())
                && equalOrAny(name, finding.name())
                && ownerMatches(finding)
                && (category == null || category == finding.category())
                && mentions.stream().allMatch(text -> mentioned(finding, text))
                && (rootCause == null || rootCause == finding.isRootCause())
                && causeMatches(causedBy, direct(finding, byId), byId)
                && causeMatches(rootedIn, root(finding, byId), byId);
    }

    /** Reads as the finding it asks for: {@code OOM_KILLED StatefulSet/shop/redis mentioning "256Mi"}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (category != null) {
            parts.add(category.name());
        }
        String resource = (kind == null ? "*" : kind) + "/" + (namespace == null ? "" : namespace + "/")
                + (name == null ? "*" : name);
        parts.add(resource);
        if (owner != null) {
            parts.add("owned by " + owner);
        }
        if (!mentions.isEmpty()) {
            parts.add("mentioning "
                    + String.join(
                            ", ", mentions.stream().map(m -> "\"" + m + "\"").toList()));
        }
        if (rootCause != null) {
            parts.add(rootCause ? "as a root cause" : "as a symptom");
        }
        if (causedBy != null) {
            parts.add("caused by [" + causedBy + "]");
        }
        if (rootedIn != null) {
            parts.add("rooted in [" + rootedIn + "]");
        }
        return String.join(" ", parts);
    }

    private boolean ownerMatches(Finding finding) {
        if (owner == null) {
            return true;
        }
        if (finding.owner() == null) {
            return false;
        }
        int slash = owner.indexOf('/');
        return slash < 0
                ? owner.equals(finding.owner().kind())
                : owner.equals(finding.owner().kind() + "/" + finding.owner().name());
    }

    private static boolean mentioned(Finding finding, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        if (finding.summary().toLowerCase(Locale.ROOT).contains(wanted)) {
            return true;
        }
        for (Evidence evidence : finding.evidence()) {
            if (evidence.quote().toLowerCase(Locale.ROOT).contains(wanted)
                    || evidence.ref().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causeMatches(FindingPattern pattern, Finding cause, Map<String, Finding> byId) {
        return pattern == null || (cause != null && pattern.matches(cause, byId));
    }

    private static Finding direct(Finding finding, Map<String, Finding> byId) {
        return finding.causedBy() == null ? null : byId.get(finding.causedBy());
    }

    private static Finding root(Finding finding, Map<String, Finding> byId) {
        Finding current = direct(finding, byId);
        // A chain is at most as long as the report; the bound stops a cycle a model might have produced.
        for (int step = 0; current != null && current.causedBy() != null && step < byId.size(); step++) {
            Finding next = byId.get(current.causedBy());
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static boolean equalOrAny(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }
}
