package dev.triage.agents.routing;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.triage.model.ModelCall;
import java.util.List;

/** How a routed call ended: a model tier answered, or the caller must answer with its deterministic path. */
public sealed interface RoutedChat {

    /** Every attempt in order, ending with the one that answered or with the rules decision. */
    List<ModelCall> attempts();

    record Answered(ChatResponse response, Tier tier, List<ModelCall> attempts) implements RoutedChat {
        public Answered {
            attempts = List.copyOf(attempts);
        }
    }

    /**
     * The rules tier must answer: the policy chose it, every model tier on the chain failed or was disabled, or the
     * token budget ran out.
     */
    record UseRules(String reason, List<ModelCall> attempts) implements RoutedChat {
        public UseRules {
            attempts = List.copyOf(attempts);
        }
    }
}
