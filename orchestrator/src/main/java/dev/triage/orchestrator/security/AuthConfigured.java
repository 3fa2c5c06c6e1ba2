package dev.triage.orchestrator.security;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether authentication is on: any {@code triage.auth.*} property is set. Deliberately not "is it complete": a
 * partial setting turns authentication on and then fails binding with the missing key named, rather than quietly
 * leaving the API open.
 */
public final class AuthConfigured implements Condition {

    private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("triage.auth");

    /** Whether the service authenticates its callers; decided from the environment, before any bean exists. */
    public static boolean in(Environment environment) {
        for (var source : ConfigurationPropertySources.get(environment)) {
            if (source.containsDescendantOf(PREFIX) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return in(context.getEnvironment());
    }
}
