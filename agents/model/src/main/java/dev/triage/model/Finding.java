package dev.triage.model;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong in the cluster, with the quoted evidence that shows it.
 *
 * @param id stable within one investigation: {@code category/Kind/namespace/name}, lower-case category
 * @param kind the kind of the resource the finding is about (the workload when pods of one owner are grouped)
 * @param namespace null for cluster-scoped resources
 * @param name the resource name
 * @param owner the top owner (a Pod's Deployment, a Job's CronJob); null when the resource has none
 * @param category from the fixed vocabulary
 * @param summary one line a person can act on
 * @param evidence quotes from status fields, events, logs or metrics; never empty
 * @param severity how urgent
 * @param pods the pods showing this failure when a workload's identical pod failures are reported once
 * @param causedBy the id of the finding this one is a symptom of; null when it is a root cause
 */
public record Finding(
        String id,
        String kind,
        String namespace,
        String name,
        ResourceRef owner,
        Category category,
        String summary,
        List<Evidence> evidence,
        Severity severity,
        List<String> pods,
        String causedBy) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(severity, "severity");
        evidence = List.copyOf(evidence);
        pods = pods == null ? List.of() : List.copyOf(pods);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a finding needs evidence: " + id);
        }
    }

    /** The conventional id for a finding of {@code category} about {@code resource}. */
    public static String idFor(Category category, ResourceRef resource) {
        return category.name().toLowerCase(java.util.Locale.ROOT) + "/" + resource;
    }

    public ResourceRef resource() {
        return new ResourceRef(kind, namespace, name);
    }

    public boolean isRootCause() {
        return causedBy == null;
    }

    /** This finding with {@code replacement} as its evidence (redacted, or with a lead-up added). */
    public Finding withEvidence(List<Evidence> replacement) {
        return new Finding(id, kind, namespace, name, owner, category, summary, replacement, severity, pods, causedBy);
    }

    /** This finding marked as a symptom of {@code cause}. */
    public Finding causedBy(String cause) {
        return new Finding(id, kind, namespace, name, owner, category, summary, evidence, severity, pods, cause);
    }
}
