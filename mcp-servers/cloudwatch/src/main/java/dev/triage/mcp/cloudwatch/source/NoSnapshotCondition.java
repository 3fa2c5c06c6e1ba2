package dev.triage.mcp.cloudwatch.source;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;

/** Matches when {@link SnapshotMode} does not, so exactly one kind of source is ever configured. */
class NoSnapshotCondition extends NoneNestedConditions {

    NoSnapshotCondition() {
        super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(prefix = "triage", name = "snapshot")
    static class SnapshotSet {}
}
