package dev.triage.agents.remediation;

import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import dev.triage.model.Remediation;
import dev.triage.model.ResourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rules tier's proposals: the catalog's runbook for what each root cause needs, or the action a person asked for. */
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

    List<Remediation> propose(List<Finding> findings, List<Finding> rootCauses, Optional<Intent> intent) {
        if (intent.isPresent()) {
            return asked(intent.get(), findings).stream().toList();
        }
        List<Remediation> proposals = new ArrayList<>();
        for (Finding finding : rootCauses) {
            if (proposals.size() < MAX_PROPOSALS) {
                choose(finding).flatMap(choice -> proposeFor(finding, choice)).ifPresent(proposals::add);
            }
        }
        return proposals;
    }

    private Optional<RunbookRules.Choice> choose(Finding finding) {
        Optional<RunbookRules.Need> need = RunbookRules.need(finding);
        if (need.isEmpty()) {
            return Optional.empty();
        }
        Collection<Runbook> addressing = catalog.forCategory(finding.category()).values();
        Optional<RunbookRules.Choice> choice = RunbookRules.choose(finding, addressing);
        if (choice.isEmpty()
                && addressing.stream().noneMatch(r -> r.performs(need.get().step()))) {
            trail.note("remediation: the catalog has no runbook for " + finding.category() + " that does "
                    + need.get().step().action() + "; nothing proposed for " + finding.id() + ".");
        }
        return choice;
    }

    private Optional<Remediation> proposeFor(Finding finding, RunbookRules.Choice choice) {
        Runbook runbook = catalog.forCategory(finding.category()).get(choice.runbook());
        Map<String, String> params = Params.forRunbook(runbook, finding, null);
        return proposer.propose(choice.runbook(), choice.target(), params, finding.id(), choice.rationale());
    }

    /** The asked action on its workload, which the master found in the cluster; a finding about it if any. */
    private Optional<Remediation> asked(Intent intent, List<Finding> findings) {
        ResourceRef target = intent.target();
        Optional<Finding> about =
                findings.stream().filter(f -> about(f, target)).min(Comparator.comparing(f -> !f.isRootCause()));
        Runbook runbook = catalog.all().get(intent.action().runbook());
        if (runbook == null) {
            trail.note("remediation: the catalog has no " + intent.action().runbook() + ".");
            return Optional.empty();
        }
        Map<String, String> params = Params.forRunbook(runbook, about.orElse(null), intent.replicas());
        return proposer.propose(
                runbook.id(),
                target,
                params,
                about.map(Finding::id).orElse(null),
                "asked for: " + intent.action().name().toLowerCase(Locale.ROOT) + " " + target.name());
    }

    private static boolean about(Finding finding, ResourceRef target) {
        return target.namespace().equals(finding.namespace())
                && (finding.name().equals(target.name())
                        || (finding.owner() != null && finding.owner().name().equals(target.name())));
    }
}
