package dev.triage.mcp.hosting;

import java.util.Objects;

/**
 * Who the server is, as {@code initialize} reports it. Each MCP server application declares one bean of it.
 *
 * @param name the server name, e.g. {@code triage-eks}
 * @param version the server version
 * @param instructions how a client should use the server's tools, read by the router
 */
public record McpServerDescription(String name, String version, String instructions) {

    public McpServerDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(instructions, "instructions");
    }
}
