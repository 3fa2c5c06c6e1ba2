package dev.triage.agents.routing;

import java.net.URI;
import java.time.Duration;

/**
 * The in-cluster vLLM tier, spoken to through its OpenAI-compatible API.
 *
 * @param enabled whether the tier may be called at all
 * @param baseUrl the API root including {@code /v1}, e.g. {@code http://vllm.models:8000/v1}
 * @param modelName the served model name
 * @param apiKey the key vLLM was started with ({@code --api-key}), or {@code null} when it has none
 * @param timeout per attempt (default 60 s)
 * @param maxRetries extra attempts after a transient failure (5xx, 429, connection error)
 */
public record VllmSettings(
        boolean enabled, URI baseUrl, String modelName, String apiKey, Duration timeout, int maxRetries) {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public VllmSettings {
        timeout = Checks.positive("vllm.timeout", timeout, DEFAULT_TIMEOUT);
        Checks.atLeast("vllm.max-retries", maxRetries, 0);
        if (enabled) {
            Checks.required("vllm.base-url", baseUrl == null ? null : baseUrl.toString());
            Checks.required("vllm.model-name", modelName);
        }
    }

    public static VllmSettings disabled() {
        return new VllmSettings(false, null, null, null, null, 0);
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "VllmSettings[enabled=" + enabled + ", baseUrl=" + baseUrl + ", modelName=" + modelName
                + ", apiKey=" + (apiKey == null ? "none" : "***") + ", timeout=" + timeout
                + ", maxRetries=" + maxRetries + "]";
    }
}
