package dev.triage.agents.remediation;

import dev.triage.agents.redaction.UntrustedData;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import dev.triage.model.Remediation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A model's runbook choices, grounded: the finding must be a root cause of this investigation, the runbook must be in
 * the catalog and address the finding's category, and only parameters the runbook declares are passed on.
 */
final class ModelChoices {

    static final String SYSTEM_PROMPT = """
            You are the remediation agent of Triage, an SRE assistant for Kubernetes. For each root-cause finding, \
            choose at most one runbook from the catalog that fixes it, with its parameters, or none when no runbook \
            helps (a configuration error needs a person's fix; restarting a crash caused by configuration does \
            not help). Use only runbook ids and parameter names from the catalog and finding ids from the \
            findings. Your choices are dry-run proposals that a human must approve; you cannot execute anything.
            """ + UntrustedData.RULE;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Catalog catalog;
    private final Proposer proposer;
    private final Trail trail;

    ModelChoices(Catalog catalog, Proposer proposer, Trail trail) {
        this.catalog = catalog;
        this.proposer = proposer;
        this.trail = trail;
    }

    /** @param guides the investigation guides of the root causes' categories: what an SRE checks, in order */
    List<Remediation> propose(
            RemediationAssistant assistant, Inquiry inquiry, List<Finding> rootCauses, List<Guides.Guide> guides) {
        if (rootCauses.isEmpty()) {
            return List.of();
        }
        Map<String, Runbook> runbooks = catalog.all();
        RemediationAssistant.Answer answer = assistant.choose(request(inquiry, rootCauses, runbooks, guides));
        Map<String, Finding> byId = rootCauses.stream().collect(Collectors.toMap(Finding::id, Function.identity()));
        List<Remediation> proposals = new ArrayList<>();
        for (RemediationAssistant.Choice choice :
                answer.proposals() == null ? List.<RemediationAssistant.Choice>of() : answer.proposals()) {
            ground(choice, byId, runbooks).ifPresent(proposals::add);
        }
        return proposals;
    }

    private Optional<Remediation> ground(
            RemediationAssistant.Choice choice, Map<String, Finding> byId, Map<String, Runbook> runbooks) {
        Finding finding = byId.get(choice.findingId());
        Runbook runbook = runbooks.get(choice.runbook());
        if (finding == null) {
            return drop(choice, "'" + choice.findingId() + "' is not a root cause of this investigation");
        }
        if (runbook == null) {
            return drop(choice, "'" + choice.runbook() + "' is not in the runbook catalog");
        }
        if (!runbook.categories().contains(finding.category().name())) {
            return drop(choice, runbook.id() + " does not address " + finding.category());
        }
        Map<String, String> params = new LinkedHashMap<>();
        (choice.params() == null ? Map.<String, String>of() : choice.params()).forEach((name, value) -> {
            if (runbook.declares(name)) {
                params.put(name, value);
            } else {
                trail.note("Grounding dropped parameter '" + name + "' for " + runbook.id() + ": not declared.");
            }
        });
        var target = finding.owner() != null ? finding.owner() : finding.resource();
        String rationale = choice.rationale() == null ? "chosen by the model" : choice.rationale();
        return proposer.propose(runbook.id(), target, params, finding.id(), rationale);
    }

    private Optional<Remediation> drop(RemediationAssistant.Choice choice, String why) {
        trail.note("Grounding dropped the model's proposal of " + choice.runbook() + " for " + choice.findingId() + ": "
                + why + ".");
        return Optional.empty();
    }

    private static String request(
            Inquiry inquiry, List<Finding> rootCauses, Map<String, Runbook> runbooks, List<Guides.Guide> guides) {
        StringBuilder request = new StringBuilder("Choose runbooks for these root causes.\n")
                .append(UntrustedData.block("question", inquiry.question()))
                .append("\nRoot-cause findings:\n")
                .append(UntrustedData.block("findings", JSON.writeValueAsString(rootCauses)))
                .append("\nThe runbook catalog:\n")
                .append(UntrustedData.block("catalog", JSON.writeValueAsString(runbooks.values())));
        for (Guides.Guide guide : guides) {
            request.append("\nThe investigation guide for ")
                    .append(String.join(", ", guide.categories()))
                    .append(" (")
                    .append(guide.id())
                    .append("), what an SRE checks before choosing:\n")
                    .append(guide.body());
        }
        return request.toString();
    }
}
