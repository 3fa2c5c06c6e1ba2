package dev.triage.orchestrator.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.routing.RequestSource;
import dev.triage.model.Severity;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import org.junit.jupiter.api.Test;

class TraceAttributesTest {

    private static final AttributeKey<String> SESSION = AttributeKey.stringKey("langfuse.session.id");
    private static final AttributeKey<String> USER = AttributeKey.stringKey("langfuse.user.id");

    @Test
    void anAlertsTraceHasItsKeyAsSessionAndWhoAskedAsUser() {
        Attributes attributes = TraceAttributes.of(request("alertmanager:3f2a", "slack:U024BE7LH"));

        assertThat(attributes.get(SESSION)).isEqualTo("alertmanager:3f2a");
        assertThat(attributes.get(USER)).isEqualTo("slack:U024BE7LH");
    }

    @Test
    void aQuestionNobodyNamedHasNeitherSessionNorUser() {
        Attributes attributes = TraceAttributes.of(request(null, null));

        assertThat(attributes.get(SESSION)).isNull();
        assertThat(attributes.get(USER)).isNull();
    }

    @Test
    void aSecretInAGenericWebhooksFingerprintIsRedactedFromTheSession() {
        Attributes attributes = TraceAttributes.of(request("generic:password=canary-hunter2", null));

        assertThat(attributes.get(SESSION)).startsWith("generic:password=").doesNotContain("canary-hunter2");
    }

    private static InvestigationRequest request(String session, String requester) {
        return new InvestigationRequest(
                "0b7c1f9e-2d4a-4c1e-9a57-3f1d2c3b4a59",
                "why is cart crashing?",
                "demo-eks",
                "shop",
                RequestSource.ALERTMANAGER,
                Severity.HIGH,
                null,
                session,
                requester);
    }
}
