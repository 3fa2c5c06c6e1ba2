package dev.triage.orchestrator.slack;

/** What the slash command answers at once, only to the person who typed it. */
final class CommandReplies {

    private CommandReplies() {}

    /** The acknowledgement: what was understood, so a misread option is seen before the report comes. */
    static String investigating(SlashCommand.Ask ask, CommandStarts.Started.Accepted started) {
        StringBuilder text = new StringBuilder("🔎 Investigating “")
                .append(SlackText.escaped(ask.question()))
                .append('”');
        if (ask.defaulted()) {
            text.append(" (no question given, so the default one)");
        }
        text.append("\n• namespace: ")
                .append(ask.namespace() == null ? "all namespaces" : "`" + SlackText.escaped(ask.namespace()) + "`")
                .append("\n• cluster: ")
                .append('`')
                .append(SlackText.escaped(started.cluster()))
                .append(ask.cluster() == null ? "` (the one this service serves)" : "`")
                .append("\n• investigation `")
                .append(started.id())
                .append("`: the report will be posted in this conversation when it is ready.");
        return text.toString();
    }
}
