package dev.triage.orchestrator.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code /triage ...} asks for: usage, an investigation, or something it cannot be, with why. */
sealed interface SlashCommand {

    String USAGE = """
            *Usage:* `/triage <question> [ns=NAMESPACE] [cluster=NAME]`
            • `/triage why is checkout failing? ns=shop`: investigate, and post the report here
            • `/triage ns=shop`: the default question, "diagnose unhealthy pods"
            • `/triage help`: this message""";

    String DEFAULT_QUESTION = "diagnose unhealthy pods";

    record Help() implements SlashCommand {}

    /**
     * @param namespace null for the whole cluster
     * @param cluster null for the one the service serves
     * @param defaulted the question was not given: {@link #DEFAULT_QUESTION} stands in
     */
    record Ask(String question, String namespace, String cluster, boolean defaulted) implements SlashCommand {}

    record Invalid(String reason) implements SlashCommand {}

    /** Reads the command's text as Slack sends it (with {@code &}, {@code <} and {@code >} escaped). */
    static SlashCommand parse(String text) {
        String plain = unescaped(text == null ? "" : text).strip();
        if (plain.isEmpty() || plain.equalsIgnoreCase("help")) {
            return new Help();
        }
        List<String> words = new ArrayList<>();
        String namespace = null;
        String cluster = null;
        for (String word : plain.split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.startsWith("ns=")) {
                if (namespace != null) {
                    return new Invalid("ns= is given twice");
                }
                namespace = option(word, "ns=");
            } else if (lower.startsWith("cluster=")) {
                if (cluster != null) {
                    return new Invalid("cluster= is given twice");
                }
                cluster = option(word, "cluster=");
            } else {
                words.add(word);
            }
        }
        if ("".equals(namespace) || "".equals(cluster)) {
            return new Invalid("ns= and cluster= need a value, such as ns=shop");
        }
        Ask ask = words.isEmpty()
                ? new Ask(DEFAULT_QUESTION, namespace, cluster, true)
                : new Ask(String.join(" ", words), namespace, cluster, false);
        return CommandChecks.problem(ask).<SlashCommand>map(Invalid::new).orElse(ask);
    }

    private static String option(String word, String key) {
        return word.substring(key.length());
    }

    private static String unescaped(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
