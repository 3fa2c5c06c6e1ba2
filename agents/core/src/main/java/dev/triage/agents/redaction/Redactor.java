package dev.triage.agents.redaction;

import dev.triage.model.SecretNames;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it leaves for a model or a trace. Each rule keeps the shape around the secret
 * (the key name, the URL's user and host) so the text still reads, and replaces only the secret itself. Rules are
 * deliberately anchored on a prefix or a key name: a bare 40-character string is far more often a hash than a key.
 */
public final class Redactor {

    static final String MASK = "[REDACTED]";

    private static final List<UnaryOperator<String>> RULES = List.of(
            replace(
                    "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\\s\\S]*?(?:-----END \\1PRIVATE KEY-----|\\z)",
                    "[REDACTED PRIVATE KEY]"),
            SecretData::redact,
            replace("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]+", "[REDACTED JWT]"),
            replace("(?i)\\b(bearer|basic)[ \\t]+[A-Za-z0-9._~+/-]{8,}=*", "$1 " + MASK),
            replace("\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\\b", "[REDACTED AWS ACCESS KEY]"),
            replace("\\bxox[abposr]-[A-Za-z0-9-]{10,}", "[REDACTED SLACK TOKEN]"),
            replace("https://hooks\\.slack\\.com/services/[A-Za-z0-9/]+", "https://hooks.slack.com/services/" + MASK),
            replace("\\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})", "[REDACTED GITHUB TOKEN]"),
            replace("\\b([a-zA-Z][a-zA-Z0-9+.-]*://)([^:/@\\s]+):([^@\\s/]+)@", "$1$2:" + MASK + "@"),
            replace(
                    "(?i)(\\bname:[ \\t]*[\"']?" + SecretNames.KEY_IN_TEXT + "[\"']?[ \\t]*\\r?\\n"
                            + "[ \\t]*value:[ \\t]*)(\\S+)",
                    "$1" + MASK),
            SecretNames::maskAssignments);

    private Redactor() {}

    /** The text with every secret it recognises replaced; {@code null} stays {@code null}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (UnaryOperator<String> rule : RULES) {
            result = rule.apply(result);
        }
        return result;
    }

    private static UnaryOperator<String> replace(String regex, String replacement) {
        Pattern pattern = Pattern.compile(regex);
        return text -> {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? matcher.replaceAll(replacement) : text;
        };
    }
}
