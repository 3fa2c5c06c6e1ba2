package dev.triage.agents.observation;

import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * One attempt to have a model tier answer, as it starts. Compared by identity: two attempts with the same fields are
 * still two attempts.
 *
 * @param agent the role asking ({@code master}, {@code diagnostic}, ...)
 * @param tier {@code bedrock} or {@code vllm}
 * @param model the model id
 * @param reason why this tier was asked (the policy's rule, a fallback, a retry)
 * @param request what is sent, unredacted: render it with {@link Exchanges#input} before keeping it
 */
public record ModelAttempt(String agent, String tier, String model, String reason, ChatRequest request) {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
