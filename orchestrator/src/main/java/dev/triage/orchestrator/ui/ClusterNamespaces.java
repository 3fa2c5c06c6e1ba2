package dev.triage.orchestrator.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The namespaces of a cluster the service investigates, as its EKS MCP server's {@code list_namespaces} tells them,
 * for the ask box's picker. A server that is down is an empty answer with the reason, never a failed page.
 */
@Component
class ClusterNamespaces {

    /** One namespace with how many of its pods there are and how many are not running and ready. */
    record Namespace(String name, int pods, int notReady) {}

    /** The cluster's namespaces, or none and why. */
    record Listing(List<Namespace> namespaces, String unavailable) {}

    private static final Logger LOG = LoggerFactory.getLogger(ClusterNamespaces.class);
    private static final Pattern LINE =
            Pattern.compile("^([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\s+phase=\\S*\\s+pods=(\\d+)\\s+notReady=(\\d+)\\b.*");

    private final ServerTools tools;

    ClusterNamespaces(ServerTools tools) {
        this.tools = tools;
    }

    /** The namespaces of {@code cluster}, the default cluster's when null. */
    Listing list(String cluster) {
        try {
            return new Listing(parse(tools.call(cluster, "eks", "list_namespaces", Map.of())), null);
        } catch (ServerTools.Unavailable e) {
            LOG.warn("Listing namespaces failed: {}", e.getMessage());
            return new Listing(List.of(), e.getMessage());
        }
    }

    /** The lines of {@code list_namespaces}: {@code NAME  phase=Active pods=N notReady=M age=...}. */
    static List<Namespace> parse(String text) {
        return Arrays.stream(text.split("\n"))
                .map(LINE::matcher)
                .filter(Matcher::matches)
                .map(m -> new Namespace(m.group(1), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))))
                .toList();
    }
}
