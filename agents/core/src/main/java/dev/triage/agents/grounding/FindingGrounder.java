package dev.triage.agents.grounding;

import dev.triage.agents.trail.Trail;
import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a model's claimed findings into findings only when the cluster backs them: the resource exists (known from
 * the analyzers' findings, else checked with the server), the category is in the vocabulary, and each quote appears
 * in a tool result the agents actually saw. What fails is dropped, and the drop is noted for the report.
 */
public final class FindingGrounder {

    private final List<Finding> known;
    private final ResourceCheck cluster;
    private final Trail trail;

    public FindingGrounder(List<Finding> known, ResourceCheck cluster, Trail trail) {
        this.known = List.copyOf(known);
        this.cluster = cluster;
        this.trail = trail;
    }

    /** The grounded findings among {@code claims}, new ones only (the analyzers' own are already known). */
    public List<Finding> ground(List<FindingClaim> claims) {
        List<Finding> grounded = new ArrayList<>();
        Set<String> ids = new HashSet<>(known.stream().map(Finding::id).toList());
        int kept = 0;
        for (FindingClaim claim : claims) {
            Optional<Finding> finding = groundOne(claim);
            kept += finding.isPresent() ? 1 : 0;
            finding.filter(f -> ids.add(f.id())).ifPresent(grounded::add);
        }
        trail.claimsGrounded(claims.size(), kept);
        return grounded.stream().map(f -> withKnownCause(f, ids)).toList();
    }

    private Optional<Finding> groundOne(FindingClaim claim) {
        if (blank(claim.kind()) || blank(claim.name())) {
            return drop("a model finding without a kind and name");
        }
        ResourceRef resource = new ResourceRef(
                claim.kind().strip(),
                emptyToNull(claim.namespace()),
                claim.name().strip());
        Optional<Category> category = Claims.category(claim.category());
        if (category.isEmpty()) {
            return drop("a model finding about " + resource + ": category '" + claim.category()
                    + "' is not in the vocabulary");
        }
        if (!exists(resource)) {
            return drop("a model finding about " + resource + ": no such resource in the cluster");
        }
        List<Evidence> evidence = seenEvidence(claim);
        if (evidence.isEmpty()) {
            return drop("a model finding about " + resource + ": none of its quotes appear in any tool result");
        }
        return Optional.of(finding(claim, resource, category.get(), evidence));
    }

    private List<Evidence> seenEvidence(FindingClaim claim) {
        return claim.evidence().stream()
                .filter(q -> q.quote() != null && trail.hasSeen(q.quote()))
                .map(Claims::evidence)
                .toList();
    }

    private Finding finding(FindingClaim claim, ResourceRef resource, Category category, List<Evidence> evidence) {
        String summary = blank(claim.summary())
                ? category + " on " + resource
                : claim.summary().strip();
        return new Finding(
                Finding.idFor(category, resource),
                resource.kind(),
                resource.namespace(),
                resource.name(),
                ownerOf(resource),
                category,
                summary,
                evidence,
                Claims.severity(claim.severity()),
                List.of(),
                emptyToNull(claim.causedBy()));
    }

    private boolean exists(ResourceRef resource) {
        return known.stream().anyMatch(f -> covers(f, resource)) || cluster.exists(resource);
    }

    private ResourceRef ownerOf(ResourceRef resource) {
        return known.stream()
                .filter(f -> resource.kind().equals("Pod")
                        && f.pods().contains(resource.name())
                        && Objects.equals(f.namespace(), resource.namespace()))
                .map(f -> f.owner() != null ? f.owner() : f.resource())
                .findFirst()
                .orElse(null);
    }

    private static boolean covers(Finding finding, ResourceRef resource) {
        if (finding.resource().equals(resource) || resource.equals(finding.owner())) {
            return true;
        }
        return resource.kind().equals("Pod")
                && Objects.equals(finding.namespace(), resource.namespace())
                && finding.pods().contains(resource.name());
    }

    private Finding withKnownCause(Finding finding, Set<String> ids) {
        if (finding.causedBy() == null
                || (ids.contains(finding.causedBy()) && !finding.causedBy().equals(finding.id()))) {
            return finding;
        }
        trail.note("Grounding: " + finding.id() + " named an unknown cause '" + finding.causedBy()
                + "'; it is reported as a root cause.");
        return finding.causedBy(null);
    }

    private Optional<Finding> drop(String what) {
        trail.note("Grounding dropped " + what + ".");
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String emptyToNull(String text) {
        return blank(text) ? null : text.strip();
    }

    static String upper(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
