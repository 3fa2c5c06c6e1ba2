package dev.triage.mcp.hosting.inbound;

import dev.triage.mcp.hosting.EnableMcpHosting;
import dev.triage.security.startup.BindGuard;
import dev.triage.security.startup.StartupRefusal;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.ApplicationListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where an MCP server may listen, decided as soon as its settings are known and before anything heavy starts (a
 * cluster connection, a database). Without inbound authentication a server listens on loopback only (its default
 * address is then 127.0.0.1), and any other address is refused in one line naming the settings. With
 * {@code triage.mcp.auth.*} or {@code triage.mcp.authenticated-by-runtime=true} the default is {@code 0.0.0.0}, the
 * AgentCore Runtime contract. A taken port is refused too. Registered in META-INF/spring.factories; applies only to
 * applications with {@link EnableMcpHosting}.
 */
public final class ListenerChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String AUTH = "triage.mcp.auth";
    static final String BY_RUNTIME = "triage.mcp.authenticated-by-runtime";
    private static final int DEFAULT_PORT = 8000;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        mcpServer(event).ifPresent(server -> check(server, event.getEnvironment()));
    }

    static void check(String server, ConfigurableEnvironment environment) {
        boolean authenticated = checksTokens(environment) || byRuntime(environment);
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "mcpListenerDefault", Map.of("server.address", authenticated ? "0.0.0.0" : "127.0.0.1")));
        String address = environment.getProperty("server.address");
        if (!authenticated) {
            BindGuard.requireLoopback(address, where -> refusal(server, where));
        }
        int port = environment.getProperty("server.port", Integer.class, DEFAULT_PORT);
        BindGuard.requireFreePort(
                address,
                port,
                () -> new StartupRefusal(
                        server,
                        "port " + port + " on " + address + " is in use: stop what listens there, or start with "
                                + "--server.port=PORT (0 for any free port)"));
    }

    /** Whether any {@code triage.mcp.auth.*} key is set: a partial setting then fails binding, naming the key. */
    public static boolean checksTokens(ConfigurableEnvironment environment) {
        ConfigurationPropertyName prefix = ConfigurationPropertyName.of(AUTH);
        for (var source : ConfigurationPropertySources.get(environment)) {
            if (source.containsDescendantOf(prefix) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }

    private static boolean byRuntime(ConfigurableEnvironment environment) {
        return environment.getProperty(BY_RUNTIME, Boolean.class, false);
    }

    private static StartupRefusal refusal(String server, String address) {
        return new StartupRefusal(
                server,
                "Refusing to listen on " + address + ": this MCP server has no inbound authentication configured, "
                        + "so it binds a loopback address only. Start it with --server.address=127.0.0.1 (the "
                        + "default without authentication), configure JWT authentication (triage.mcp.auth.issuer-uri "
                        + "and triage.mcp.auth.client-ids), or set " + BY_RUNTIME + "=true where Bedrock AgentCore "
                        + "Runtime validates inbound tokens in front of it.");
    }

    /** The MCP server's name as the refusal names it, when this application is one. */
    private static Optional<String> mcpServer(ApplicationEnvironmentPreparedEvent event) {
        return event.getSpringApplication().getAllSources().stream()
                .filter(source -> source instanceof Class<?> type
                        && AnnotatedElementUtils.hasAnnotation(type, EnableMcpHosting.class))
                .map(source -> "The MCP server " + ((Class<?>) source).getSimpleName())
                .findFirst();
    }
}
