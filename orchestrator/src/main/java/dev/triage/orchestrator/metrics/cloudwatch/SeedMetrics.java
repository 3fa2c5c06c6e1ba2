package dev.triage.orchestrator.metrics.cloudwatch;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Map;

/**
 * What goes to CloudWatch: the investigation meters under the names the deployment's dashboards and alarms use, and
 * nothing else (each custom metric and dimension set is billed, and JVM or HTTP figures have their own agents).
 */
final class SeedMetrics implements MeterFilter {

    /** Micrometer's name → CloudWatch's (the registry appends {@code .count}, {@code .avg}, ... per statistic). */
    static final Map<String, String> NAMES = Map.of(
            "triage.agent.invocations", "AgentInvocations",
            "triage.agent.latency", "AgentLatency",
            "triage.tool.invocations", "ToolInvocations",
            "triage.tool.errors", "ToolErrors",
            "triage.model.tokens", "TokenUsage");

    @Override
    public Meter.Id map(Meter.Id id) {
        String seed = NAMES.get(id.getName());
        return seed == null ? id : id.withName(seed);
    }

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return NAMES.containsValue(id.getName()) ? MeterFilterReply.ACCEPT : MeterFilterReply.DENY;
    }
}
