package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.runbook.catalog.Runbook;
import dev.triage.model.Category;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A proposal that answers a finding must use a runbook for the finding's category: the id's first segment
 * ({@code oom_killed/Deployment/shop/cart}).
 */
final class FindingCategories {

    private FindingCategories() {}

    static void check(Runbook runbook, String findingId) {
        if (findingId == null) {
            return;
        }
        Category category = category(findingId)
                .orElseThrow(() -> new Refused(
                        Refusal.INVALID_PARAMETER,
                        "finding_id '" + ParameterValues.printable(findingId)
                                + "' is not a finding id (category/Kind/namespace/name)"));
        if (!runbook.addresses(category)) {
            throw new Refused(
                    Refusal.CATEGORY_MISMATCH,
                    "runbook " + runbook.id() + " addresses " + runbook.categories() + ", not " + category
                            + " (finding " + findingId + ")");
        }
    }

    private static Optional<Category> category(String findingId) {
        String[] parts = findingId.split("/", -1);
        if (parts.length < 3 || parts.length > 4 || Arrays.stream(parts).anyMatch(String::isBlank)) {
            return Optional.empty();
        }
        String name = parts[0].toUpperCase(Locale.ROOT);
        return Arrays.stream(Category.values())
                .filter(c -> c.name().equals(name))
                .findFirst();
    }
}
