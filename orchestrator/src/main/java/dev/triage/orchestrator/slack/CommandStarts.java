package dev.triage.orchestrator.slack;

/**
 * Where a slash command's investigation starts, with the {@code response_url} its report goes back to once it
 * finishes, asked by the Slack user {@code userId}.
 */
interface CommandStarts {

    Started start(SlashCommand.Ask ask, String responseUrl, String userId);

    /** What became of the request: started under an id, or refused with a reason for the person who asked. */
    sealed interface Started {

        /** @param cluster the cluster it looks at: the one asked for, or the one the service serves */
        record Accepted(String id, String cluster) implements Started {}

        record Refused(String reason) implements Started {}
    }
}
