package dev.triage.orchestrator.slack;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether Slack is configured at all: any {@code triage.slack.*} property is set. Without one nothing of Slack exists
 * in the service (its endpoints answer 404); with one, the settings are bound and checked, so a half-done setting
 * fails the start with the key named.
 */
final class SlackConfigured implements Condition {

    private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("triage.slack");

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        for (var source : ConfigurationPropertySources.get(context.getEnvironment())) {
            if (source.containsDescendantOf(PREFIX) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }
}
