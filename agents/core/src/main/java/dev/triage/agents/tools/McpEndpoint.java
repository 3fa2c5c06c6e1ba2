package dev.triage.agents.tools;

import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.McpTransport;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * How the agents reach one MCP server: its Streamable HTTP URL, what each request carries to be let in, and, behind an
 * AgentCore Gateway, the gateway target whose tools are this server's.
 *
 * @param url the server's URL ({@code /mcp} included), an AgentCore Runtime invoke URL, or a Gateway's {@code /mcp}
 * @param auth the headers each request carries
 * @param gatewayTarget the Gateway target's name: the gateway lists this server's tools as {@code TARGET___tool};
 *     null when the URL is the server's own
 */
public record McpEndpoint(URI url, McpAuth auth, String gatewayTarget) {

    /** The separator an AgentCore Gateway puts between a target's name and its tool's. */
    public static final String GATEWAY_SEPARATOR = "___";

    private static final Pattern RUNTIME_ARN =
            Pattern.compile("arn:aws[a-z-]*:bedrock-agentcore:([a-z0-9-]+):\\d{12}:runtime/[A-Za-z0-9_-]+");

    public McpEndpoint {
        Objects.requireNonNull(url, "url");
        auth = auth == null ? McpAuth.none() : auth;
        gatewayTarget = gatewayTarget == null || gatewayTarget.isBlank() ? null : gatewayTarget.strip();
        if (gatewayTarget != null && gatewayTarget.contains(GATEWAY_SEPARATOR)) {
            throw new IllegalArgumentException("a gateway target's name cannot contain '" + GATEWAY_SEPARATOR + "'");
        }
    }

    /** A server spoken to directly, sending no credentials. */
    public static McpEndpoint plain(URI url) {
        return new McpEndpoint(url, McpAuth.none(), null);
    }

    /**
     * The Streamable HTTP transport to this endpoint: every request carries this endpoint's credentials (computed
     * over that request) and {@code always} (such as the trace context).
     */
    public McpTransport transport(Duration timeout, Supplier<Map<String, String>> always) {
        return new StreamableHttpMcpTransport.Builder()
                .url(url.toString())
                .timeout(timeout)
                .customHeaders(new RequestHeaders(this, always))
                .build();
    }

    /** {@code client} of this endpoint as the server's own: behind a Gateway, its target's tools by their own names. */
    public McpClient asServer(McpClient client) {
        return gatewayTarget == null ? client : new GatewayTargetClient(client, gatewayTarget);
    }

    /**
     * The invoke URL of an MCP server hosted on AgentCore Runtime:
     * {@code https://bedrock-agentcore.REGION.amazonaws.com/runtimes/ENCODED_ARN/invocations?qualifier=QUALIFIER}.
     */
    public static URI agentCoreRuntime(String runtimeArn, String qualifier) {
        String region = runtimeRegion(runtimeArn);
        String encoded = URLEncoder.encode(runtimeArn, StandardCharsets.UTF_8);
        String endpoint = qualifier == null || qualifier.isBlank() ? "DEFAULT" : qualifier.strip();
        return URI.create("https://bedrock-agentcore." + region + ".amazonaws.com/runtimes/" + encoded
                + "/invocations?qualifier=" + URLEncoder.encode(endpoint, StandardCharsets.UTF_8));
    }

    /** The region of an AgentCore Runtime ARN ({@code arn:aws:bedrock-agentcore:REGION:ACCOUNT:runtime/ID}). */
    public static String runtimeRegion(String runtimeArn) {
        var matcher = RUNTIME_ARN.matcher(runtimeArn == null ? "" : runtimeArn.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an AgentCore Runtime ARN "
                    + "(arn:aws:bedrock-agentcore:REGION:ACCOUNT:runtime/ID): " + runtimeArn);
        }
        return matcher.group(1);
    }
}
