package dev.triage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FindingJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private final Finding oom = new Finding(
            "oom_killed/Deployment/shop/cart",
            "Deployment",
            "shop",
            "cart",
            new ResourceRef("Deployment", "shop", "cart"),
            Category.OOM_KILLED,
            "Container cart was OOMKilled (limit 256Mi)",
            List.of(
                    Evidence.status("status.containerStatuses[cart].lastState.terminated.reason", "OOMKilled"),
                    Evidence.log("log shop/cart-1/cart (previous)", "java.lang.OutOfMemoryError: Java heap space")),
            Severity.CRITICAL,
            List.of("cart-1", "cart-2"),
            null);

    @Test
    void findingSurvivesAJsonRoundTrip() {
        String text = json.writeValueAsString(oom);

        assertThat(json.readValue(text, Finding.class)).isEqualTo(oom);
        assertThat(text).contains("\"category\":\"OOM_KILLED\"", "\"source\":\"LOG\"");
    }

    @Test
    void symptomSurvivesAJsonRoundTripWithItsCause() {
        Finding symptom = oom.causedBy("node_not_ready/Node/ip-10-0-3-47");

        Finding back = json.readValue(json.writeValueAsString(symptom), Finding.class);

        assertThat(back.causedBy()).isEqualTo("node_not_ready/Node/ip-10-0-3-47");
        assertThat(back.isRootCause()).isFalse();
    }

    @Test
    void withEvidenceReplacesOnlyTheEvidence() {
        Finding redacted = oom.withEvidence(List.of(Evidence.log("log shop/cart-1/cart (previous)", "[withheld]")));

        assertThat(redacted.evidence()).extracting(Evidence::quote).containsExactly("[withheld]");
        assertThat(redacted.withEvidence(oom.evidence())).isEqualTo(oom);
    }

    @Test
    void findingWithoutEvidenceIsRefused() {
        assertThatThrownBy(() -> new Finding(
                        "x", "Pod", "ns", "p", null, Category.UNKNOWN, "s", List.of(), Severity.LOW, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evidence");
    }

    @Test
    void idNamesCategoryAndResource() {
        assertThat(Finding.idFor(Category.NODE_NOT_READY, new ResourceRef("Node", null, "ip-10-0-3-47")))
                .isEqualTo("node_not_ready/Node/ip-10-0-3-47");
    }
}
