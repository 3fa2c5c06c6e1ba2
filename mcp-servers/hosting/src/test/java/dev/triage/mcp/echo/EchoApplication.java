package dev.triage.mcp.echo;

import dev.triage.mcp.hosting.EnableMcpHosting;
import dev.triage.mcp.hosting.McpServerDefaults;
import dev.triage.mcp.hosting.McpServerDescription;
import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A small MCP server started as the real ones start ({@link McpServerDefaults}): one read, one sensitive-read and
 * one mutating tool, for tests of how a server is reached rather than what it serves.
 */
@SpringBootApplication
@EnableMcpHosting
public class EchoApplication {

    public static ConfigurableApplicationContext run(String... args) {
        return new SpringApplicationBuilder(EchoApplication.class)
                .properties(McpServerDefaults.PROPERTIES)
                .properties("triage.mcp.mutating-tools=approval-gated")
                .run(args);
    }

    @Bean
    McpServerDescription description() {
        return new McpServerDescription("echo-app", "1.0.0", "Echoes text.");
    }

    @Bean
    ToolGroup echoApplicationTools() {
        return () -> List.of(
                ToolDefinition.read(
                        "echo",
                        "Echoes text.",
                        InputSchema.builder()
                                .requiredString("text", "what to echo")
                                .build(),
                        args -> args.ok(args.requiredString("text"))),
                ToolDefinition.sensitiveRead(
                        "read_log", "Reads a log.", InputSchema.none(), args -> args.ok("a log line")),
                ToolDefinition.mutating(
                        "mutate", "Changes something.", InputSchema.none(), args -> args.ok("changed")));
    }
}
