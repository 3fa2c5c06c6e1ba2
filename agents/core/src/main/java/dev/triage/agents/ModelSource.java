package dev.triage.agents;

import dev.langchain4j.model.chat.ChatModel;
import dev.triage.agents.routing.CallContext;
import dev.triage.agents.routing.ModelRouter;
import dev.triage.agents.routing.Role;
import dev.triage.agents.routing.RoutingSettings;
import dev.triage.agents.routing.Tier;
import dev.triage.agents.routing.TokenBudget;
import dev.triage.agents.trail.Trail;
import dev.triage.model.ModelCall;
import java.util.Optional;

/** The chat model each role of one investigation uses, if a model may answer at all. */
@FunctionalInterface
interface ModelSource {

    /** A model routed for {@code role}, or empty when only the rules tier can answer (recorded as such). */
    Optional<ChatModel> model(Role role, InvestigationRequest request, TokenBudget budget, Trail trail);

    default TokenBudget newBudget() {
        return TokenBudget.of(0);
    }

    /** Through the model router; with no model tier enabled, every role is the rules tier and no router is built. */
    static ModelSource routed(RoutingSettings routing) {
        if (!routing.enabled(Tier.BEDROCK) && !routing.enabled(Tier.VLLM)) {
            return (role, request, budget, trail) -> {
                trail.modelRouted(new ModelCall(
                        role.wireName(),
                        Tier.RULES.wireName(),
                        Tier.RULES.wireName(),
                        "no model tier is enabled",
                        0,
                        0,
                        0,
                        "ok"));
                return Optional.empty();
            };
        }
        ModelRouter router = ModelRouter.create(routing);
        return new ModelSource() {
            @Override
            public Optional<ChatModel> model(Role role, InvestigationRequest request, TokenBudget budget, Trail trail) {
                CallContext context = new CallContext(role, request.source(), request.severity(), 0, budget);
                return Optional.of(router.chatModel(context, trail));
            }

            @Override
            public TokenBudget newBudget() {
                return router.newBudget();
            }
        };
    }
}
