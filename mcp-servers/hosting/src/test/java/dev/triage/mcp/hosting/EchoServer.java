package dev.triage.mcp.hosting;

import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A server with one tool per behaviour the hosting must get right. */
@SpringBootApplication
@EnableMcpHosting
class EchoServer {

    @Bean
    McpServerDescription description() {
        return new McpServerDescription("echo", "1.0.0", "Echoes text.");
    }

    @Bean
    ToolGroup echoTools() {
        return () -> List.of(
                ToolDefinition.read(
                        "echo",
                        "Echoes text.",
                        InputSchema.builder()
                                .requiredString("text", "what to echo")
                                .integer("repeat", "how many times", 1, 10)
                                .build(),
                        args -> args.ok(args.requiredString("text").repeat(args.positiveInt("repeat", 1, 10)))),
                ToolDefinition.read("explode", "Always throws.", InputSchema.none(), args -> {
                    throw new IllegalStateException("upstream said no");
                }),
                ToolDefinition.read("nothing", "Finds nothing.", InputSchema.none(), args -> args.noData("empty")),
                ToolDefinition.read(
                        "flood", "Returns too much.", InputSchema.none(), args -> args.ok("x".repeat(200_000))),
                ToolDefinition.sensitiveRead(
                        "read_log", "Reads a log.", InputSchema.none(), args -> args.ok("a log line")),
                ToolDefinition.mutating(
                        "mutate", "Changes something.", InputSchema.none(), args -> args.ok("changed")));
    }
}
