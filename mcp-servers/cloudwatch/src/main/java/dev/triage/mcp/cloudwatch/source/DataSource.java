package dev.triage.mcp.cloudwatch.source;

import java.time.Clock;
import java.util.Objects;

/**
 * The cluster the data belongs to and the clock relative times ("-3h") are judged by: the system clock for AWS, the
 * capture time for a snapshot.
 *
 * @param clusterName the Container Insights {@code ClusterName} dimension value
 * @param clock "now"
 */
public record DataSource(String clusterName, Clock clock) {

    public DataSource {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(clock, "clock");
    }
}
