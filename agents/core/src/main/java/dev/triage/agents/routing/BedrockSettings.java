package dev.triage.agents.routing;

import java.net.URI;
import java.time.Duration;

/**
 * The Bedrock tier (Converse API). Credentials come from the default AWS chain (IRSA, EKS Pod Identity).
 *
 * @param enabled whether the tier may be called at all
 * @param region the AWS region, e.g. {@code eu-west-1}
 * @param modelId a Bedrock model id or inference profile, e.g. {@code eu.anthropic.claude-sonnet-4-v1:0}
 * @param endpointOverride a VPC endpoint or a test server; {@code null} for the public regional endpoint
 * @param timeout per attempt (default 60 s)
 * @param maxRetries extra attempts after a transient failure (5xx, 429, connection error)
 */
public record BedrockSettings(
        boolean enabled, String region, String modelId, URI endpointOverride, Duration timeout, int maxRetries) {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public BedrockSettings {
        timeout = Checks.positive("bedrock.timeout", timeout, DEFAULT_TIMEOUT);
        Checks.atLeast("bedrock.max-retries", maxRetries, 0);
        if (enabled) {
            Checks.required("bedrock.region", region);
            Checks.required("bedrock.model-id", modelId);
        }
    }

    public static BedrockSettings disabled() {
        return new BedrockSettings(false, null, null, null, null, 0);
    }
}
