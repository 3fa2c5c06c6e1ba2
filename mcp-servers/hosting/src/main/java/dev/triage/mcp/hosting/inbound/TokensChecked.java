package dev.triage.mcp.hosting.inbound;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** On when any {@code triage.mcp.auth.*} key is set: this server then checks bearer tokens itself. */
public final class TokensChecked implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return context.getEnvironment() instanceof ConfigurableEnvironment environment
                && ListenerChecks.checksTokens(environment);
    }
}
