package dev.triage.mcp.hosting;

import dev.triage.mcp.hosting.server.McpHostingConfiguration;
import dev.triage.mcp.hosting.tracing.McpTracingConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Serves the application's {@link dev.triage.mcp.hosting.tool.ToolGroup} beans over stateless Streamable HTTP at
 * {@code /mcp}, on the Bedrock AgentCore Runtime contract. Explicit rather than auto-configured, because the
 * orchestrator holds several servers and must not turn itself into one by having this module on its classpath.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({McpHostingConfiguration.class, McpTracingConfiguration.class})
public @interface EnableMcpHosting {}
