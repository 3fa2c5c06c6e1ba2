package dev.triage.orchestrator.approval;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.McpException;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import dev.triage.orchestrator.config.AgentServers;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls one tool of the runbook MCP server, through a client opened for the call and closed after it: nothing
 * connects at start-up, and a server that is down is an {@link Reply.Unavailable} answer, not a stopped service.
 */
@Component
class RunbookTools {

    /** A tool's answer: its text, the text of its error result, or why there was no answer. */
    sealed interface Reply {
        record Ok(String text) implements Reply {}

        /** The tool answered with an error result (a refusal, a failed step, a bad argument). */
        record Failed(String message) implements Reply {}

        /** No server configured, not reachable, or no answer in time: nothing was run, or the trail says what ran. */
        record Unavailable(String reason) implements Reply {}

        /** The server answered with a protocol error. */
        record Broken(String reason) implements Reply {}
    }

    private static final Logger LOG = LoggerFactory.getLogger(RunbookTools.class);
    private static final String SERVER = "runbook";
    // Long enough for a whole plan: execute_runbook applies and verifies every step before it answers.
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String TIMED_OUT = "triage: the runbook server did not answer in time";

    private final ObjectProvider<AgentServers> servers;
    private final JsonMapper json;

    RunbookTools(ObjectProvider<AgentServers> servers, JsonMapper json) {
        this.servers = servers;
        this.json = json;
    }

    Reply call(String tool, Map<String, String> arguments) {
        Optional<URI> url = url();
        if (url.isEmpty()) {
            return new Reply.Unavailable(
                    "no runbook server is configured: set triage.agents.servers.runbook, or run the embedded default");
        }
        ToolExecutionRequest request = ToolExecutionRequest.builder()
                .id("1")
                .name(tool)
                .arguments(json.writeValueAsString(arguments))
                .build();
        McpClient client;
        try {
            client = client(url.get(), servers.getObject().credentials());
        } catch (RuntimeException e) {
            LOG.warn("Connecting to the runbook server at {} for {} failed: {}", url.get(), tool, e.toString());
            return new Reply.Unavailable("the runbook server at " + url.get() + " cannot be reached; nothing was run");
        }
        try {
            return new Reply.Ok(client.executeTool(request).resultText());
        } catch (ToolExecutionException e) {
            if (TIMED_OUT.equals(e.getMessage())) {
                return new Reply.Unavailable(tool + " did not answer within " + TIMEOUT.toSeconds()
                        + "s; it may still be running, and the proposal's audit trail shows what ran");
            }
            return new Reply.Failed(e.getMessage());
        } catch (McpException e) {
            return new Reply.Broken("the runbook server answered " + tool + " with an error: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Calling {} on the runbook server at {} failed: {}", tool, url.get(), e.toString());
            return new Reply.Unavailable("the runbook server at " + url.get() + " did not answer " + tool
                    + "; the proposal's audit trail shows whether anything ran");
        } finally {
            close(client);
        }
    }

    private Optional<URI> url() {
        return Optional.ofNullable(servers.getIfAvailable())
                .map(agentServers -> agentServers.servers().get(SERVER));
    }

    /** {@code credentials}: the agents' token, for a runbook server that checks tokens (tools/execute). */
    private static McpClient client(URI url, Supplier<Map<String, String>> credentials) {
        return new DefaultMcpClient.Builder()
                .key(SERVER)
                .clientName("triage-executions")
                .transport(new StreamableHttpMcpTransport.Builder()
                        .url(url.toString())
                        .timeout(TIMEOUT)
                        .customHeaders(credentials)
                        .build())
                .initializationTimeout(Duration.ofSeconds(30))
                .toolExecutionTimeout(TIMEOUT)
                .toolExecutionTimeoutErrorMessage(TIMED_OUT)
                .build();
    }

    /** After the answer is in hand: a failure to close must not hide it. */
    private static void close(McpClient client) {
        try {
            client.close();
        } catch (Exception e) {
            LOG.warn("Closing the runbook server client failed: {}", e.toString());
        }
    }
}
