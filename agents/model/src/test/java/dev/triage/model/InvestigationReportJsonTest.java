package dev.triage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class InvestigationReportJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private final Finding oom = new Finding(
            "oom_killed/Deployment/shop/cart",
            "Deployment",
            "shop",
            "cart",
            new ResourceRef("Deployment", "shop", "cart"),
            Category.OOM_KILLED,
            "Container cart was OOMKilled (limit 256Mi)",
            List.of(Evidence.status("status.containerStatuses[cart].lastState.terminated.reason", "OOMKilled")),
            Severity.CRITICAL,
            List.of("cart-1"),
            null);

    private final InvestigationReport report = new InvestigationReport(
            "4a7d1f52-0c4b-4a55-9a2e-6f1a2b3c4d5e",
            InvestigationStatus.COMPLETED,
            "why is cart crashing",
            "demo-eks",
            "shop",
            List.of(new RouteStep("diagnostic", "question mentions pods")),
            List.of(oom),
            List.of(oom.id()),
            List.of(new Remediation(
                    "raise-memory-limit",
                    new ResourceRef("Deployment", "shop", "cart"),
                    Map.of("memory", "512Mi"),
                    "medium",
                    true,
                    "PROPOSED",
                    oom.id(),
                    "cart OOMs at 256Mi",
                    "rp-1")),
            "cart is OOMKilled at its 256Mi limit",
            List.of(new ModelCall("master", "rules", "rules", "no model", 0, 0, 1, "ok")),
            List.of(new ToolCall("eks", "find_unhealthy", "{}", "ok", 12)),
            List.of("nothing dropped"),
            Instant.parse("2026-11-21T09:42:00Z"),
            Instant.parse("2026-11-21T09:42:05Z"),
            List.of(new GuideCitation(
                    "container-oom-killed", "Container OOMKilled", Category.OOM_KILLED, List.of(oom.id()))));

    @Test
    void reportSurvivesAJsonRoundTrip() {
        assertThat(json.readValue(json.writeValueAsString(report), InvestigationReport.class))
                .isEqualTo(report);
    }

    @Test
    void jsonLeadsWithTheAnswerAndEndsWithTheLongLists() {
        List<String> fields =
                new ArrayList<>(json.readTree(json.writeValueAsString(report)).propertyNames());

        assertThat(fields.subList(0, 4)).containsExactly("status", "summary", "rootCauses", "remediations");
        assertThat(fields.subList(fields.size() - 3, fields.size()))
                .containsExactlyInAnyOrder("findings", "toolCalls", "models");
        assertThat(fields).hasSize(InvestigationReport.class.getRecordComponents().length);
    }
}
