package dev.triage.agents.remediation;

import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import dev.triage.model.Remediation;
import dev.triage.model.ResourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rules tier's proposals: a fixed category-to-runbook mapping, or the action a person asked for. */
final class RuleChoices {

    private static final int MAX_PROPOSALS = 10;

    private final Catalog catalog;
    private final Proposer proposer;
    private final Trail trail;

    RuleChoices(Catalog catalog, Proposer proposer, Trail trail) {
        this.catalog = catalog;
        this.proposer = proposer;
        this.trail = trail;
    }

    List<Remediation> propose(
            Inquiry inquiry, List<Finding> findings, List<Finding> rootCauses, Optional<Intent> intent) {
        if (intent.isPresent()) {
            return asked(intent.get(), inquiry, findings).stream().toList();
        }
        List<Remediation> proposals = new ArrayList<>();
        for (Finding finding : rootCauses) {
            if (proposals.size() < MAX_PROPOSALS) {
                RunbookRules.choose(finding)
                        .flatMap(choice -> proposeFor(finding, choice))
                        .ifPresent(proposals::add);
            }
        }
        return proposals;
    }

    private Optional<Remediation> proposeFor(Finding finding, RunbookRules.Choice choice) {
        Optional<Runbook> runbook = catalog.find(finding.category(), choice.runbook());
        if (runbook.isEmpty()) {
            trail.note("remediation: the catalog has no " + choice.runbook() + " for " + finding.category()
                    + "; nothing proposed for " + finding.id() + ".");
            return Optional.empty();
        }
        Map<String, String> params = Params.forRunbook(runbook.get(), finding, null);
        return proposer.propose(choice.runbook(), choice.target(), params, finding.id(), choice.rationale());
    }

    private Optional<Remediation> asked(Intent intent, Inquiry inquiry, List<Finding> findings) {
        Optional<Finding> about = findings.stream()
                .filter(f -> names(f, intent.target()))
                .min(Comparator.comparing(f -> !f.isRootCause()));
        String namespace = about.map(Finding::namespace).orElse(inquiry.namespace());
        if (namespace == null) {
            trail.note("remediation: no finding names '" + intent.target() + "' and no namespace was given, so "
                    + "there is no target to propose " + intent.action().runbook() + " for.");
            return Optional.empty();
        }
        Runbook runbook = catalog.all().get(intent.action().runbook());
        if (runbook == null) {
            trail.note("remediation: the catalog has no " + intent.action().runbook() + ".");
            return Optional.empty();
        }
        ResourceRef target = new ResourceRef("Deployment", namespace, intent.target());
        Map<String, String> params = Params.forRunbook(runbook, about.orElse(null), intent.replicas());
        return proposer.propose(
                runbook.id(),
                target,
                params,
                about.map(Finding::id).orElse(null),
                "asked for: " + intent.action().name().toLowerCase(Locale.ROOT) + " " + intent.target());
    }

    private static boolean names(Finding finding, String target) {
        return finding.name().equals(target)
                || (finding.owner() != null && finding.owner().name().equals(target));
    }
}
