package dev.triage.agents.remediation;

import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in the runbook parameters the rules tier can compute from a finding; the server supplies defaults for the
 * rest, or refuses a proposal that lacks a required one.
 */
final class Params {

    private static final Pattern CONTAINER = Pattern.compile("containers\\[([^\\]]+)]");
    private static final Pattern QUANTITY = Pattern.compile("^(\\d+)(Ki|Mi|Gi)$");
    private static final long MI = 1024L * 1024;
    private static final long STEP = 64 * MI;

    private Params() {}

    static Map<String, String> forRunbook(Runbook runbook, Finding finding, Integer replicas) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Runbook.Parameter parameter : runbook.parameters()) {
            value(parameter.name(), finding, replicas).ifPresent(v -> params.put(parameter.name(), v));
        }
        return params;
    }

    private static Optional<String> value(String name, Finding finding, Integer replicas) {
        return switch (name) {
            case "container" -> finding == null ? Optional.empty() : container(finding);
            case "memory", "memory_limit", "memoryLimit", "limit" ->
                finding == null ? Optional.empty() : memoryLimit(finding).flatMap(Params::raised);
            case "replicas" -> Optional.ofNullable(replicas).map(String::valueOf);
            case "node" ->
                finding != null && finding.kind().equals("Node") ? Optional.of(finding.name()) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<String> container(Finding finding) {
        return finding.evidence().stream()
                .map(e -> CONTAINER.matcher(e.ref()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst();
    }

    private static Optional<String> memoryLimit(Finding finding) {
        return finding.evidence().stream()
                .filter(e -> e.source() == Evidence.Source.SPEC && e.ref().endsWith("resources.limits.memory"))
                .map(Evidence::quote)
                .findFirst();
    }

    /** Half as much again, rounded up to a multiple of 64Mi: room to breathe without a blank cheque. */
    static Optional<String> raised(String limit) {
        Matcher m = QUANTITY.matcher(limit.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long bytes = Long.parseLong(m.group(1))
                * switch (m.group(2)) {
                    case "Ki" -> 1024L;
                    case "Mi" -> MI;
                    default -> 1024 * MI;
                };
        long raised = (bytes * 3 / 2 + STEP - 1) / STEP * STEP;
        return Optional.of(raised / MI + "Mi");
    }
}
