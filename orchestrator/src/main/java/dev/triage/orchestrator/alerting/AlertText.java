package dev.triage.orchestrator.alerting;

import dev.triage.orchestrator.web.RequestText;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text an alert becomes: a bounded one-line question naming what fired and where, and the alert's own text
 * (annotations, labels) as untrusted data for the agents, which the intake redacts.
 */
final class AlertText {

    static final int MAX_QUESTION_CHARS = 2000;
    static final int MAX_ALERT_TEXT_CHARS = 16_000;
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\p{Cf}]+");

    private AlertText() {}

    /** True when {@code namespace} is a Kubernetes namespace name (DNS-1123 label). */
    static boolean isNamespace(String namespace) {
        return NAMESPACE.matcher(namespace).matches();
    }

    /** {@code text} on one line, without control or format (bidi) characters, at most {@code max} characters. */
    static String oneLine(String text, int max) {
        String plain = CONTROLS.matcher(text).replaceAll(" ").strip().replaceAll(" {2,}", " ");
        return bounded(plain, max);
    }

    static String bounded(String text, int max) {
        if (RequestText.length(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** {@code key: value} lines of {@code values} under a heading, or nothing when there are none. */
    static String section(String heading, Map<String, String> values) {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(heading).append(":\n");
        values.forEach((key, value) ->
                text.append("  ").append(key).append(": ").append(value).append('\n'));
        return text.toString();
    }
}
