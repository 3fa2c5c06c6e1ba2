package dev.triage.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one definition of what a name that holds a secret looks like ({@code DB_PASSWORD}, {@code stripe_api_key},
 * {@code client_secret}, {@code approval_id}), for every module that hides values by their name: env values a tool
 * returns, tool arguments a server logs, {@code key=value} pairs in text sent to a model.
 */
public final class SecretNames {

    /**
     * The words, as a regular expression fragment (no groups that capture). A single-use approval id is a credential
     * too: whoever holds it can execute.
     */
    public static final String WORDS = "(?:password|passwd|passphrase|pwd|pass|token|secret|credentials?|key|apikey"
            + "|auth|cert|salt|dsn|cookie|approval[_-]?id)";

    /**
     * A key name in free text that ends in one of the words ({@code DB_PASSWORD:}, {@code "api_key":}): ending in
     * it, so {@code max_tokens=} and {@code secretName:} stay readable.
     */
    public static final String KEY_IN_TEXT = "[\\w.-]*" + WORDS;

    private static final Pattern IDENTIFIER = Pattern.compile("(?i).*" + WORDS + ".*");

    /**
     * {@code password=...}, {@code DB_TOKEN: ...}, {@code "secret": "..."}: the key stays, the value goes. Tried only
     * where a key can start (not inside a word), which matches the same keys, since the key's leading characters take
     * in the rest of its word, and spares retrying every word at each of its letters (four times faster on a report).
     */
    private static final Pattern ASSIGNMENT = Pattern.compile("(?i)((?<![\\w.-])" + KEY_IN_TEXT
            + "[\"']?[ \\t]*[=:][ \\t]*)" + "(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s,;&\"'}]+)");

    private static final String MASK = "[REDACTED]";

    private SecretNames() {}

    /**
     * Whether an identifier (an env var, a tool argument) may name a secret: it contains one of the words anywhere,
     * since over-hiding a harmless value costs less than showing a real one.
     */
    public static boolean isSecret(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /**
     * The text with the value of every {@code key=value} or {@code key: value} whose key names a secret masked, the
     * key and any quotes kept; {@code null} stays {@code null}.
     */
    public static String maskAssignments(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return ASSIGNMENT.matcher(text).replaceAll(match -> {
            String value = match.group(2);
            char quote = value.charAt(0);
            String masked = quote == '"' || quote == '\'' ? quote + MASK + quote : MASK;
            return Matcher.quoteReplacement(match.group(1) + masked);
        });
    }
}
