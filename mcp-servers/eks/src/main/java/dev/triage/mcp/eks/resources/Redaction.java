package dev.triage.mcp.eks.resources;

import dev.triage.model.SecretNames;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes from an object's tree what may carry credentials outside Secrets: env values whose names look secret,
 * passwords in URLs and in command-line flags, and the last-applied annotation (a copy of the manifest, env
 * included). Over-redacting a harmless value costs less than returning a real one.
 */
final class Redaction {

    static final String REDACTED = "<redacted>";
    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:@]+):[^/\\s@]+@");
    private static final Pattern SECRET_FLAG =
            Pattern.compile("(?i)(--?[\\w.-]*(password|passwd|token|secret|key|credential)[\\w.-]*=)\\S+");

    private Redaction() {}

    /** Redacts {@code tree} in place (a fresh tree converted from the object) and returns it. */
    static Map<String, Object> apply(Map<String, Object> tree) {
        if (tree.get("metadata") instanceof Map<?, ?> metadata) {
            metadata.remove("managedFields");
            if (metadata.get("annotations") instanceof Map<?, ?> annotations && annotations.containsKey(LAST_APPLIED)) {
                cast(annotations).put(LAST_APPLIED, "<omitted: a copy of the manifest, which may carry secrets>");
            }
        }
        walk(tree);
        return tree;
    }

    private static void walk(Object node) {
        if (node instanceof Map<?, ?> map) {
            for (var entry : cast(map).entrySet()) {
                switch (entry.getKey()) {
                    case "env" -> redactEnv(entry.getValue());
                    case "args", "command" -> entry.setValue(redactFlags(entry.getValue()));
                    default -> walk(entry.getValue());
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(Redaction::walk);
        }
    }

    private static void redactEnv(Object env) {
        if (!(env instanceof List<?> variables)) {
            return;
        }
        for (Object variable : variables) {
            if (variable instanceof Map<?, ?> map && map.get("value") instanceof String value) {
                boolean secret = map.get("name") instanceof String name && SecretNames.isSecret(name);
                cast(map).put("value", secret ? REDACTED : maskUrlPassword(value));
            }
        }
    }

    private static Object redactFlags(Object arguments) {
        if (!(arguments instanceof List<?> list)) {
            return arguments;
        }
        return list.stream()
                .map(argument -> argument instanceof String text
                        ? maskUrlPassword(SECRET_FLAG.matcher(text).replaceAll("$1" + REDACTED))
                        : argument)
                .toList();
    }

    static String maskUrlPassword(String value) {
        return URL_PASSWORD.matcher(value).replaceAll("$1:" + REDACTED + "@");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
