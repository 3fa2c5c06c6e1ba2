package dev.triage.agents.grounding;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Severity;
import java.util.Arrays;
import java.util.Optional;

/** Reads a model's words into the vocabulary: a category, a severity, an evidence source. */
final class Claims {

    private Claims() {}

    static Optional<Category> category(String text) {
        return text == null ? Optional.empty() : parse(Category.class, text);
    }

    static Severity severity(String text) {
        return text == null ? Severity.MEDIUM : parse(Severity.class, text).orElse(Severity.MEDIUM);
    }

    static Evidence evidence(FindingClaim.QuoteClaim quote) {
        Evidence.Source source = quote.source() == null
                ? Evidence.Source.STATUS
                : parse(Evidence.Source.class, quote.source()).orElse(Evidence.Source.STATUS);
        return new Evidence(source, quote.ref() == null ? "" : quote.ref(), quote.quote());
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String name = FindingGrounder.upper(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst();
    }
}
