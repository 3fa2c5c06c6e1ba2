package dev.triage.orchestrator.config;

import dev.triage.agents.routing.RoutingSettings;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.core.env.Environment;

/**
 * Binds {@code triage.models.*} to the agents' {@link RoutingSettings}. The record lives in a module without Spring,
 * so it is bound here the way {@code @ConfigurationProperties(ignoreUnknownFields = false)} would bind it: a
 * misspelt key fails start-up, and the record's own checks name the bad setting.
 */
final class ModelsBinding {

    static final String PREFIX = "triage.models";

    private ModelsBinding() {}

    /** The configured routing, or empty when no {@code triage.models.*} key is set (the rules tier alone). */
    static Optional<RoutingSettings> bind(Environment environment) {
        BindResult<RoutingSettings> result = Binder.get(environment)
                .bind(
                        PREFIX,
                        Bindable.of(RoutingSettings.class),
                        new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
        return result.isBound() ? Optional.of(result.get()) : Optional.empty();
    }
}
