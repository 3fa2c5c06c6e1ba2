package dev.triage.mcp.hosting;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How an MCP server is hosted ({@code triage.mcp.*}); unknown keys fail start-up so a typo cannot silently leave
 * a switch at its default.
 *
 * @param sensitiveReads serve tools that read logs and events; {@code false} hides them and refuses their calls
 * @param maxRequestBytes larger request bodies are refused with 413
 * @param maxOutputBytes the last bound on any tool's output, after the tool's own bounds
 * @param requestTimeout how long a request may run before the client gets a JSON-RPC error
 * @param allowedOrigins browser origins allowed to call (none by default: browsers cannot call the server)
 * @param allowedHosts Host header values accepted (any by default); set it to defend against DNS rebinding
 * @param mutatingTools {@code refused} (the default) or {@code approval-gated}: set only on a server whose mutating
 *     tools check approvals themselves (the runbook server)
 * @param auth inbound JWT bearer authentication ({@code triage.mcp.auth.*}); without it (and without
 *     {@code authenticatedByRuntime}) the server listens on a loopback address only
 * @param authenticatedByRuntime {@code true} only where Bedrock AgentCore Runtime validates every inbound token
 *     before a request reaches this server: the server then listens on any address without checking tokens itself
 */
@ConfigurationProperties(prefix = "triage.mcp", ignoreUnknownFields = false)
public record McpHostingProperties(
        @DefaultValue("true") boolean sensitiveReads,
        @DefaultValue("1MB") DataSize maxRequestBytes,
        @DefaultValue("64KB") DataSize maxOutputBytes,
        @DefaultValue("60s") Duration requestTimeout,
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("refused") MutatingTools mutatingTools,
        McpAuthProperties auth,
        @DefaultValue("false") boolean authenticatedByRuntime) {

    public McpHostingProperties {
        requireBetween("max-request-bytes", maxRequestBytes, DataSize.ofKilobytes(1), DataSize.ofMegabytes(64));
        requireBetween("max-output-bytes", maxOutputBytes, DataSize.ofKilobytes(1), DataSize.ofMegabytes(8));
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("triage.mcp.request-timeout must be positive, got " + requestTimeout);
        }
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** Whether this server checks tokens itself. */
    public boolean checksTokens() {
        return auth != null;
    }

    private static void requireBetween(String key, DataSize value, DataSize min, DataSize max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    "triage.mcp." + key + " must be between " + min + " and " + max + ", got " + value);
        }
    }
}
