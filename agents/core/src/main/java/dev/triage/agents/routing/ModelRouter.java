package dev.triage.agents.routing;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.model.ModelCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Routes chat calls between Bedrock, vLLM and the rules tier. The policy picks the first tier; failures, timeouts,
 * open circuits and a spent budget move the call along the tier's fallback chain, which always ends with rules. One
 * router serves every investigation, so the circuit breakers see the health of each tier across all of them.
 */
public final class ModelRouter {

    private static final Logger log = LoggerFactory.getLogger(ModelRouter.class);

    private final RoutingSettings settings;
    private final RoutingPolicy policy;
    private final Map<Tier, GuardedTier> tiers = new EnumMap<>(Tier.class);

    /** Builds the real models for the enabled tiers; AWS credentials come from the default chain. */
    public static ModelRouter create(RoutingSettings settings) {
        return new ModelRouter(
                settings,
                TierModels.build(settings, DefaultCredentialsProvider.builder().build()));
    }

    /** With the given models, one per enabled tier (tests, or models built elsewhere). */
    ModelRouter(RoutingSettings settings, Map<Tier, ChatModel> models) {
        this.settings = settings;
        this.policy = new RoutingPolicy(settings.policy(), settings.defaultTier());
        BedrockSettings bedrock = settings.bedrock();
        VllmSettings vllm = settings.vllm();
        guard(Tier.BEDROCK, bedrock.modelId(), models, bedrock.timeout(), bedrock.maxRetries());
        guard(Tier.VLLM, vllm.modelName(), models, vllm.timeout(), vllm.maxRetries());
    }

    /** A fresh budget for one investigation, sized by {@code token-budget}. */
    public TokenBudget newBudget() {
        return TokenBudget.of(settings.tokenBudget());
    }

    /** A langchain4j chat model over this router for one agent, telling {@code observer} of every attempt. */
    public RoutedChatModel chatModel(CallContext context, InvestigationObserver observer) {
        return new RoutedChatModel(this, context, observer);
    }

    /**
     * Routes one call, telling {@code observer} of each attempt as it starts and ends, and of a decision made without
     * a model. Never throws for a model failure: the outcome says who must answer.
     */
    public RoutedChat chat(CallContext context, ChatRequest request, InvestigationObserver observer) {
        RoutingPolicy.Decision decision = policy.decide(context);
        List<ModelCall> attempts = new ArrayList<>();
        String reason = decision.reason();
        for (Tier tier : settings.chainFrom(decision.tier())) {
            GuardedTier guarded = tiers.get(tier);
            if (tier == Tier.RULES) {
                return useRules(context, reason, attempts, observer);
            } else if (guarded == null) {
                reason = fallbackReason(tier, "disabled");
            } else if (context.budget().exhausted()) {
                ModelCall skipped = guarded.skipped(context.role(), reason, Outcomes.BUDGET_EXHAUSTED);
                attempts.add(skipped);
                observer.modelRouted(skipped);
                return useRules(context, fallbackReason(tier, Outcomes.BUDGET_EXHAUSTED), attempts, observer);
            } else {
                GuardedTier.Result result = guarded.call(request, context.role(), reason, observer);
                attempts.addAll(result.attempts());
                if (result.answered()) {
                    return answered(context, tier, result.response(), attempts);
                }
                reason = fallbackReason(tier, result.lastOutcome());
                log.warn(
                        "Model tier {} failed for {} ({}), trying the next tier",
                        tier.wireName(),
                        context.role().wireName(),
                        result.lastOutcome());
            }
        }
        throw new IllegalStateException("a fallback chain always ends with rules");
    }

    private static RoutedChat answered(
            CallContext context, Tier tier, ChatResponse response, List<ModelCall> attempts) {
        ModelCall last = attempts.getLast();
        context.budget().record(last.inputTokens(), last.outputTokens());
        return new RoutedChat.Answered(response, tier, attempts);
    }

    private static RoutedChat useRules(
            CallContext context, String reason, List<ModelCall> attempts, InvestigationObserver observer) {
        // The deterministic tier cannot fail, so its selection is recorded as answered.
        ModelCall rules = new ModelCall(
                context.role().wireName(), Tier.RULES.wireName(), Tier.RULES.wireName(), reason, 0, 0, 0, Outcomes.OK);
        attempts.add(rules);
        observer.modelRouted(rules);
        return new RoutedChat.UseRules(reason, attempts);
    }

    private static String fallbackReason(Tier failed, String outcome) {
        return "fallback after " + failed.wireName() + ": " + outcome;
    }

    private void guard(Tier tier, String modelId, Map<Tier, ChatModel> models, Duration timeout, int maxRetries) {
        if (!settings.enabled(tier)) {
            return;
        }
        ChatModel model = models.get(tier);
        if (model == null) {
            throw new IllegalArgumentException(tier.wireName() + " is enabled but no model was given for it");
        }
        GuardedTier.Limits limits = new GuardedTier.Limits(timeout, maxRetries, settings.retryBackoff());
        tiers.put(tier, new GuardedTier(tier, modelId, model, limits, settings.circuitBreaker()));
    }
}
