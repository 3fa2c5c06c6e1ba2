package dev.triage.orchestrator.api;

/**
 * What text the API accepts in a field: no control characters but line breaks and tabs, and no lone surrogates.
 * PostgreSQL cannot store NUL, and text that is not well-formed Unicode must not reach the store or a model.
 */
final class TextRules {

    private TextRules() {}

    static String requirePlain(String field, String text) {
        boolean plain = text.codePoints().allMatch(TextRules::allowed);
        if (!plain) {
            throw Problems.badRequest(field + " contains control characters or malformed Unicode");
        }
        return text;
    }

    private static boolean allowed(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return true;
        }
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.SURROGATE;
    }
}
