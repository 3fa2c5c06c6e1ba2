package dev.triage.mcp.runbook.catalog;

import dev.triage.model.Category;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The validated runbooks and guides. Immutable; the only runbooks that can ever be proposed or run. */
public final class RunbookCatalog {

    /** The ids every catalog must hold: the remediation agent's deterministic tier proposes them by category. */
    public static final Set<String> REQUIRED_IDS = Set.of(
            "restart-deployment",
            "rollback-deployment",
            "scale-deployment",
            "raise-memory-limit",
            "raise-cpu-limit",
            "delete-pod",
            "cordon-node");

    private final Map<String, Runbook> runbooks;
    private final List<Guide> guides;

    RunbookCatalog(List<Runbook> runbooks, List<Guide> guides) {
        var byId = new LinkedHashMap<String, Runbook>();
        runbooks.forEach(runbook -> byId.put(runbook.id(), runbook));
        this.runbooks = Collections.unmodifiableMap(byId);
        this.guides = List.copyOf(guides);
    }

    public Optional<Runbook> find(String id) {
        return Optional.ofNullable(runbooks.get(id));
    }

    public Collection<Runbook> runbooks() {
        return runbooks.values();
    }

    public Set<String> ids() {
        return runbooks.keySet();
    }

    public List<Runbook> addressing(Category category) {
        return runbooks.values().stream().filter(r -> r.addresses(category)).toList();
    }

    public List<Guide> guides() {
        return guides;
    }
}
