package dev.triage.mcp.cloudwatch.analysis;

import java.util.List;

/**
 * The Container Insights series the analysis reads, and the statistic it reads each with. Utilization is taken
 * against the pod's limit ({@code *_over_pod_limit}), never {@code pod_memory_utilization}, which is against the
 * node's memory.
 */
final class Metrics {

    static final String NAMESPACE = "ContainerInsights";
    static final String CPU = "pod_cpu_utilization_over_pod_limit";
    static final String MEMORY = "pod_memory_utilization_over_pod_limit";
    static final String RESTARTS = "pod_number_of_container_restarts";
    static final String RX = "pod_network_rx_bytes";
    static final String TX = "pod_network_tx_bytes";
    static final String NODE_CPU = "node_cpu_utilization";
    static final String NODE_MEMORY = "node_memory_utilization";

    static final List<String> POD = List.of(CPU, MEMORY, RESTARTS, RX, TX);
    static final List<String> NODE = List.of(NODE_CPU, NODE_MEMORY);

    private Metrics() {}

    /** Maximum for memory and the restart counter (a peak or a rise must not average away), Average otherwise. */
    static String statistic(String metric) {
        return metric.equals(MEMORY) || metric.equals(RESTARTS) ? "Maximum" : "Average";
    }

    /** How a metric reads in a quote. */
    static String label(String metric) {
        return switch (metric) {
            case CPU -> "CPU";
            case MEMORY -> "memory";
            case NODE_CPU -> "node CPU";
            case NODE_MEMORY -> "node memory";
            case RX -> "network in";
            case TX -> "network out";
            default -> metric;
        };
    }

    static boolean isPercent(String metric) {
        return !metric.equals(RESTARTS) && !metric.equals(RX) && !metric.equals(TX);
    }
}
