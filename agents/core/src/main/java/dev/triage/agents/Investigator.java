package dev.triage.agents;

import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.observation.Observers;
import dev.triage.agents.tools.ClusterServers;
import dev.triage.agents.tools.McpCredentials;
import dev.triage.agents.tools.McpEndpoint;
import dev.triage.agents.tools.McpServers;
import dev.triage.model.InvestigationReport;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs investigations: the master routes, the sub-agents work through their MCP servers in parallel stages, the
 * master synthesizes the report. One investigator serves every investigation; it holds the MCP clients (connected
 * on first use) and the model router, whose circuit breakers see every investigation's calls.
 */
public final class Investigator implements AutoCloseable {

    private final AgentsSettings settings;
    private final ClusterServers servers;
    private final ModelSource models;
    private final Clock clock;
    private final InvestigationObservers observers;

    Investigator(AgentsSettings settings, McpServers servers, ModelSource models, Clock clock) {
        this(settings, servers, models, clock, InvestigationObservers.NONE);
    }

    Investigator(
            AgentsSettings settings,
            McpServers servers,
            ModelSource models,
            Clock clock,
            InvestigationObservers observers) {
        this(settings, ClusterServers.anyCluster(servers), models, clock, observers);
    }

    private Investigator(
            AgentsSettings settings,
            ClusterServers servers,
            ModelSource models,
            Clock clock,
            InvestigationObservers observers) {
        this.settings = settings;
        this.servers = servers;
        this.models = models;
        this.clock = clock;
        this.observers = observers;
    }

    public static Investigator create(AgentsSettings settings) {
        return create(settings, InvestigationObservers.NONE);
    }

    /** With {@code observers} opened for each investigation (tracing, metrics). */
    public static Investigator create(AgentsSettings settings, InvestigationObservers observers) {
        return create(settings, observers, McpCredentials.none());
    }

    /**
     * As {@link #create(AgentsSettings, InvestigationObservers)}, for MCP servers that check tokens: every MCP
     * request carries {@code credentials}' headers.
     */
    public static Investigator create(
            AgentsSettings settings, InvestigationObservers observers, Supplier<Map<String, String>> credentials) {
        return new Investigator(
                settings,
                McpServers.over(settings.servers(), settings.toolTimeout(), () -> headers(credentials, observers)),
                ModelSource.routed(settings.routing()),
                Clock.systemUTC(),
                observers);
    }

    /**
     * An investigator of several clusters: a request is investigated through the MCP servers of the cluster it names
     * ({@code clusters}: by cluster, each server's endpoint with its own credentials), never another's;
     * {@code settings.servers()} is not used. Every MCP request also carries the observers' headers.
     */
    public static Investigator forClusters(
            AgentsSettings settings, InvestigationObservers observers, Map<String, Map<String, McpEndpoint>> clusters) {
        Map<String, McpServers> servers = new LinkedHashMap<>();
        clusters.forEach((cluster, endpoints) ->
                servers.put(cluster, McpServers.at(endpoints, settings.toolTimeout(), observers::requestHeaders)));
        return new Investigator(
                settings,
                ClusterServers.byCluster(servers),
                ModelSource.routed(settings.routing()),
                Clock.systemUTC(),
                observers);
    }

    /**
     * Runs to the end. Never throws for agent, tool or model failures: those make a FAILED report whose notes say
     * why. Thread-safe: investigations may run at once. A request naming a cluster this investigator was not given
     * is the caller's mistake (check {@link #clusters()} first): an {@link IllegalArgumentException}.
     */
    public InvestigationReport investigate(InvestigationRequest request, InvestigationListener listener) {
        McpServers cluster = servers.of(request.cluster())
                .orElseThrow(() -> new IllegalArgumentException(
                        "no cluster '" + request.cluster() + "' is configured; the clusters are " + servers.names()));
        InvestigationObserver observer = Observers.all(ProgressEvents.to(listener), observers.open(request));
        return new Investigation(request, settings, cluster, models, clock, observer).run();
    }

    /** The clusters this investigator was given by name; empty when it investigates whatever cluster is named. */
    public Set<String> clusters() {
        return servers.names();
    }

    /** The credentials' headers and the observers' (the trace context), read as each request is sent. */
    private static Map<String, String> headers(
            Supplier<Map<String, String>> credentials, InvestigationObservers observers) {
        Map<String, String> headers = new HashMap<>(credentials.get());
        headers.putAll(observers.requestHeaders());
        return headers;
    }

    @Override
    public void close() {
        servers.close();
    }
}
