package dev.triage.mcp.cloudwatch.snapshot;

import dev.triage.kubernetes.snapshot.SnapshotManifest;
import dev.triage.mcp.cloudwatch.logs.LogSource;
import dev.triage.mcp.cloudwatch.logs.SnapshotLogSource;
import dev.triage.mcp.cloudwatch.metrics.MetricSource;
import dev.triage.mcp.cloudwatch.source.DataSource;
import dev.triage.mcp.cloudwatch.source.SnapshotMode;
import dev.triage.mcp.cloudwatch.source.SnapshotSourceProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The snapshot sources, when {@code triage.snapshot} is set: its {@code metrics/} series, its container logs as the
 * application log group, and its capture time as "now". The AWS sources are configured otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotSourceProperties.class)
class SnapshotSourceConfiguration {

    @Bean
    @SnapshotMode
    SnapshotManifest snapshotManifest(SnapshotSourceProperties source) {
        return SnapshotManifest.read(dir(source));
    }

    @Bean
    @SnapshotMode
    DataSource snapshotDataSource(SnapshotManifest manifest) {
        return new DataSource(manifest.cluster(), Clock.fixed(manifest.capturedAt(), ZoneOffset.UTC));
    }

    @Bean
    @SnapshotMode
    MetricSource snapshotMetricSource(SnapshotSourceProperties source) {
        return SnapshotMetricSource.load(dir(source));
    }

    @Bean
    @SnapshotMode
    LogSource snapshotLogSource(SnapshotSourceProperties source, SnapshotManifest manifest) {
        return new SnapshotLogSource(dir(source), manifest.cluster(), manifest.capturedAt());
    }

    private static Path dir(SnapshotSourceProperties source) {
        return source.snapshotDir().orElseThrow().toAbsolutePath().normalize();
    }
}
