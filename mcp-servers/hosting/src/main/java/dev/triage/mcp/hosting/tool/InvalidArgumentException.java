package dev.triage.mcp.hosting.tool;

/** An argument the schema let through but the tool cannot use; the hosting reports it as a failed call. */
public final class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String argument, String problem) {
        super("argument '" + argument + "' " + problem);
    }
}
