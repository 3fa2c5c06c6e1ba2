package dev.triage.agents.redaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a Secret's {@code data:} and {@code stringData:} maps, in YAML or JSON. Only text that declares
 * {@code kind: Secret} is touched; a ConfigMap's data in the same text may be masked too, which errs the safe way.
 */
final class SecretData {

    private static final Pattern YAML_SECRET = Pattern.compile("(?m)^[ \\t-]*kind:[ \\t]*[\"']?Secret[\"']?[ \\t]*$");
    private static final Pattern JSON_SECRET = Pattern.compile("\"kind\"[ \\t]*:[ \\t]*\"Secret\"");
    private static final Pattern YAML_DATA = Pattern.compile("^([ \\t]*)(?:data|stringData):[ \\t]*$");
    private static final Pattern YAML_ENTRY = Pattern.compile("^([ \\t]+[^:\\s][^:]*:[ \\t]*)(\\S.*)$");
    private static final Pattern JSON_DATA = Pattern.compile("(\"(?:data|stringData)\"[ \\t]*:[ \\t]*\\{)([^}]*)(})");
    private static final Pattern JSON_VALUE = Pattern.compile("(\"[^\"]*\"[ \\t]*:[ \\t]*)\"[^\"]*\"");

    private SecretData() {}

    static String redact(String text) {
        String result = text;
        if (YAML_SECRET.matcher(result).find()) {
            result = redactYaml(result);
        }
        if (JSON_SECRET.matcher(result).find()) {
            result = JSON_DATA
                    .matcher(result)
                    .replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                            + JSON_VALUE.matcher(m.group(2)).replaceAll("$1\"" + Redactor.MASK + "\"")
                            + m.group(3)));
        }
        return result;
    }

    private static String redactYaml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int dataIndent = -1;
        for (String line : text.split("\n", -1)) {
            int indent = indentOf(line);
            if (dataIndent >= 0 && !line.isBlank() && indent <= dataIndent) {
                dataIndent = -1;
            }
            Matcher entry = YAML_ENTRY.matcher(line);
            if (dataIndent >= 0 && entry.matches()) {
                line = entry.group(1) + Redactor.MASK;
            }
            Matcher data = YAML_DATA.matcher(line);
            if (data.matches()) {
                dataIndent = data.group(1).length();
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
