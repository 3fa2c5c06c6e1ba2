package dev.triage.orchestrator.tracing;

import dev.triage.agents.InvestigationRequest;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.util.Locale;

/**
 * What LangFuse shows of a trace: its name, tags, session (the alert's key, so an alert's investigations and its
 * Slack thread group together), user (who asked), and the question as its input.
 */
final class TraceAttributes {

    private TraceAttributes() {}

    static Attributes of(InvestigationRequest request) {
        AttributesBuilder attributes = Attributes.builder()
                .put("langfuse.trace.name", "investigation")
                .put("langfuse.observation.type", "span")
                .put(AttributeKey.stringArrayKey("langfuse.trace.tags"), InvestigationTrace.tags(request))
                .put("langfuse.trace.input", SpanText.of(request.question()))
                .put("triage.investigation.id", request.id())
                .put("triage.cluster", request.cluster())
                .put("triage.source", request.source().name().toLowerCase(Locale.ROOT));
        if (request.session() != null) {
            attributes.put("langfuse.session.id", SpanText.of(request.session()));
        }
        if (request.requester() != null) {
            attributes.put("langfuse.user.id", SpanText.of(request.requester()));
        }
        if (request.namespace() != null) {
            attributes.put("triage.namespace", request.namespace());
        }
        if (request.severity() != null) {
            attributes.put("triage.severity", request.severity().name());
        }
        return attributes.build();
    }
}
