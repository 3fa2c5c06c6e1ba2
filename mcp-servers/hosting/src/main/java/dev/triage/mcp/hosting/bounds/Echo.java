package dev.triage.mcp.hosting.bounds;

import java.util.Locale;

/**
 * Input quoted back in an error: a bounded prefix, so that a megabyte argument costs a megabyte once (in the request)
 * and not again in the answer.
 */
public final class Echo {

    /** How many characters of a client's input an error quotes. */
    public static final int MAX_CHARS = 120;

    private Echo() {}

    /** {@code text}, or its first {@link #MAX_CHARS} characters and how many more there were. */
    public static String of(String text) {
        return of(text, MAX_CHARS);
    }

    /** {@code text}, or its first {@code max} characters (code points) and how many more there were. */
    public static String of(String text, int max) {
        if (text == null) {
            return "null";
        }
        int chars = text.codePointCount(0, text.length());
        if (chars <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max);
        return text.substring(0, end) + String.format(Locale.ROOT, "…(%,d more characters)", chars - max);
    }
}
