package dev.triage.orchestrator.embedded;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

/**
 * Leaves out every auto-configuration of management (actuator endpoints, health, metrics, observations) from a
 * server's context, on top of what its settings already exclude: for a server no one will probe or scrape.
 */
final class WithoutManagement implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String EXCLUDE = "spring.autoconfigure.exclude";

    private static final Pattern MANAGEMENT =
            Pattern.compile("\\.(actuate|micrometer|health|metrics)\\.|(Observation|Endpoint)AutoConfiguration$");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Set<String> excluded = new LinkedHashSet<>(Binder.get(event.getEnvironment())
                .bind(EXCLUDE, Bindable.listOf(String.class))
                .orElse(List.of()));
        excluded.addAll(management(event.getSpringApplication().getClassLoader()));
        event.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "triage-without-management", Map.of(EXCLUDE, String.join(",", excluded))));
    }

    /** The auto-configurations on the class path that serve management only. */
    static List<String> management(ClassLoader classLoader) {
        return ImportCandidates.load(AutoConfiguration.class, classLoader).getCandidates().stream()
                .filter(name -> MANAGEMENT.matcher(name).find())
                .toList();
    }
}
