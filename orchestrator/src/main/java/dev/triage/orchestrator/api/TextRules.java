package dev.triage.orchestrator.api;

import java.util.Set;

/**
 * What text the API accepts in a field: no control characters but line breaks and tabs, no lone surrogates, and no
 * bidirectional controls. PostgreSQL cannot store NUL, text that is not well-formed Unicode must not reach the store
 * or a model, and bidi overrides make text read differently from what it is (a reviewer sees one question, the model
 * another: "Trojan Source").
 */
final class TextRules {

    // Embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069), and the marks LRM, RLM and ALM.
    private static final Set<Integer> BIDI_CONTROLS =
            Set.of(0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C);

    private TextRules() {}

    static String requirePlain(String field, String text) {
        boolean plain = text.codePoints().allMatch(TextRules::allowed);
        if (!plain) {
            throw Problems.badRequest(field + " contains control characters or malformed Unicode");
        }
        text.codePoints().filter(BIDI_CONTROLS::contains).findFirst().ifPresent(bidi -> {
            throw Problems.badRequest(
                    field + " contains a bidirectional control character (U+%04X), which makes text ".formatted(bidi)
                            + "display differently from what it says; remove it");
        });
        return text;
    }

    /** Input echoed in a message: bounded, and only characters that cannot disguise anything. */
    static String shown(String text) {
        String cut = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return cut.replaceAll("[^\\p{Alnum}._:-]", "?");
    }

    private static boolean allowed(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return true;
        }
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.SURROGATE;
    }
}
