package dev.triage.agents.routing;

import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.EnumMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

/**
 * Builds the real langchain4j models for the enabled tiers. Their own retries are switched off (langchain4j's and the
 * AWS SDK's) so that the router's retry is the only one and every attempt is seen and recorded.
 */
final class TierModels {

    private TierModels() {}

    static Map<Tier, ChatModel> build(RoutingSettings settings, AwsCredentialsProvider credentials) {
        Map<Tier, ChatModel> models = new EnumMap<>(Tier.class);
        if (settings.bedrock().enabled()) {
            models.put(Tier.BEDROCK, bedrock(settings.bedrock(), credentials));
        }
        if (settings.vllm().enabled()) {
            models.put(Tier.VLLM, vllm(settings.vllm()));
        }
        return models;
    }

    private static ChatModel bedrock(BedrockSettings settings, AwsCredentialsProvider credentials) {
        BedrockRuntimeClientBuilder client = BedrockRuntimeClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .overrideConfiguration(override ->
                        override.apiCallTimeout(settings.timeout()).retryStrategy(AwsRetryStrategy.doNotRetry()));
        if (settings.endpointOverride() != null) {
            client.endpointOverride(settings.endpointOverride());
        }
        return BedrockChatModel.builder()
                .client(client.build())
                .modelId(settings.modelId())
                .maxRetries(0)
                .build();
    }

    private static ChatModel vllm(VllmSettings settings) {
        return OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl().toString())
                .modelName(settings.modelName())
                .apiKey(settings.apiKey()) // null sends no Authorization header, for a vLLM without --api-key
                .timeout(settings.timeout())
                .maxRetries(0)
                .build();
    }
}
