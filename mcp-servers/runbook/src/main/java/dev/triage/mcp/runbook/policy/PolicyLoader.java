package dev.triage.mcp.runbook.policy;

import dev.triage.mcp.runbook.catalog.Problems;
import dev.triage.mcp.runbook.catalog.SourceFile;
import dev.triage.mcp.runbook.catalog.YamlDocuments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Validates policies.yaml against the catalog, or throws one exception naming every field at fault. */
public final class PolicyLoader {

    record PoliciesDocument(List<PolicyDocument> policies) {}

    record PolicyDocument(
            String name,
            String description,
            List<SelectorDocument> match,
            List<String> allow,
            List<String> forbid,
            String approval) {}

    record SelectorDocument(String scope, List<String> names, Map<String, String> labels) {}

    private static final Pattern GLOB = Pattern.compile("[a-z0-9*?.-]{1,253}");

    private final SourceFile file;
    private final Set<String> runbookIds;
    private final Problems problems = new Problems();

    private PolicyLoader(SourceFile file, Set<String> runbookIds) {
        this.file = file;
        this.runbookIds = runbookIds;
    }

    public static Policies load(SourceFile file, Set<String> runbookIds) {
        return new PolicyLoader(file, runbookIds).load();
    }

    private Policies load() {
        List<PolicyDocument> documents = YamlDocuments.read(file, file.content(), PoliciesDocument.class, problems)
                .map(PoliciesDocument::policies)
                .orElse(List.of());
        if (documents == null || documents.isEmpty()) {
            problems.add(file, "policies", "needs at least one policy (with none, nothing may run anywhere)");
        }
        List<Policy> policies = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; documents != null && i < documents.size(); i++) {
            String field = "policies[" + i + "]";
            policy(field, documents.get(i)).ifPresent(policy -> {
                if (!names.add(policy.name())) {
                    problems.add(file, field + ".name", "a second policy named " + policy.name());
                }
                policies.add(policy);
            });
        }
        problems.throwIfAny();
        return new Policies(policies);
    }

    private Optional<Policy> policy(String field, PolicyDocument doc) {
        int before = problems.size();
        if (doc.name() == null || doc.name().isBlank()) {
            problems.add(file, field + ".name", "is required");
        }
        List<Selector> selectors = selectors(field + ".match", doc.match());
        Set<String> allow = runbookIds(field + ".allow", doc.allow());
        Set<String> forbid = runbookIds(field + ".forbid", doc.forbid());
        Approval approval = approval(field + ".approval", doc.approval());
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Policy(doc.name(), doc.description(), selectors, allow, forbid, approval));
    }

    private List<Selector> selectors(String field, List<SelectorDocument> documents) {
        if (documents == null || documents.isEmpty()) {
            problems.add(file, field, "needs at least one selector");
            return List.of();
        }
        List<Selector> selectors = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            selector(field + "[" + i + "]", documents.get(i)).ifPresent(selectors::add);
        }
        return selectors;
    }

    private Optional<Selector> selector(String field, SelectorDocument doc) {
        String scopeName = doc.scope() == null ? "namespace" : doc.scope();
        Optional<Scope> scope = scopeName.equals("namespace") || scopeName.equals("node")
                ? Optional.of(Scope.valueOf(scopeName.toUpperCase(Locale.ROOT)))
                : Optional.empty();
        if (scope.isEmpty()) {
            problems.add(file, field + ".scope", "must be namespace or node, got " + doc.scope());
        }
        List<String> names = doc.names() == null ? List.of() : doc.names();
        names.stream()
                .filter(glob -> glob == null || !GLOB.matcher(glob).matches())
                .forEach(glob -> problems.add(
                        file,
                        field + ".names",
                        "'" + glob + "' is not a name glob (lower-case letters, digits, '-', '.', '*', '?')"));
        Map<String, String> labels = doc.labels() == null ? Map.of() : doc.labels();
        return scope.map(s -> new Selector(s, names.stream().map(Selector::glob).toList(), labels));
    }

    private Set<String> runbookIds(String field, List<String> ids) {
        List<String> given = ids == null ? List.of() : ids;
        given.stream()
                .filter(id -> !Policy.ALL.equals(id) && !runbookIds.contains(id))
                .forEach(id -> problems.add(file, field, "'" + id + "' is not a runbook in the catalog"));
        return given.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private Approval approval(String field, String approval) {
        if (approval == null || approval.equals("always")) {
            return Approval.ALWAYS;
        }
        if (approval.equals("above-low-risk")) {
            return Approval.ABOVE_LOW_RISK;
        }
        problems.add(file, field, "must be always or above-low-risk, got " + approval);
        return Approval.ALWAYS;
    }
}
