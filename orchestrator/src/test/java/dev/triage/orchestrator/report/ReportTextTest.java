package dev.triage.orchestrator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.Remediation;
import dev.triage.model.ResourceRef;
import dev.triage.model.RouteStep;
import dev.triage.model.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    private static final ResourceRef CART = new ResourceRef("Deployment", "shop", "cart");
    private static final Finding OOM = new Finding(
            Finding.idFor(Category.OOM_KILLED, CART),
            "Deployment",
            "shop",
            "cart",
            CART,
            Category.OOM_KILLED,
            "cart is OOMKilled at 256Mi",
            List.of(Evidence.status("status.containerStatuses[cart].lastState.terminated.reason", "OOMKilled")),
            Severity.CRITICAL,
            List.of("cart-1"),
            null);

    @Test
    void reportWithRunbooksAndRouteHasNoFormatDirectiveLeftInIt() {
        String text = ReportText.render(completed());

        assertThat(text).doesNotContain("%n", "%s", "%d");
        assertThat(text.lines())
                .contains("Proposed runbooks (nothing runs without a human's approval):")
                .anySatisfy(line -> assertThat(line).startsWith("Route: diagnostic (question mentions pods)"));
    }

    @Test
    void textLeadsWithTheStatusAndTheSummaryThenTheRootCauseWithItsEvidence() {
        List<String> lines = ReportText.render(completed()).lines().toList();

        assertThat(lines.get(0)).startsWith("COMPLETED  why is cart crashing  cluster demo-eks, namespace shop");
        assertThat(lines.get(2)).isEqualTo("cart is OOMKilled at its 256Mi limit");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("1. [CRITICAL] OOM_KILLED"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("> status.containerStatuses[cart]"));
    }

    @Test
    void runbookParametersAreListedInKeyOrderSoTheSameReportAlwaysReadsTheSame() {
        assertThat(ReportText.render(completed())).contains("{container=cart, memory_limit=384Mi, timeout=10m}");
    }

    @Test
    void runningReportSaysItHasNoSummaryYetRatherThanNull() {
        InvestigationReport running = InvestigationReport.started(
                "4a7d1f52-0c4b-4a55-9a2e-6f1a2b3c4d5e", "diagnose", "demo-eks", null, Instant.EPOCH);

        String text = ReportText.render(running);

        assertThat(text).contains("still running").doesNotContain("null");
    }

    private static InvestigationReport completed() {
        return new InvestigationReport(
                "4a7d1f52-0c4b-4a55-9a2e-6f1a2b3c4d5e",
                InvestigationStatus.COMPLETED,
                "why is cart crashing",
                "demo-eks",
                "shop",
                List.of(new RouteStep("diagnostic", "question mentions pods")),
                List.of(OOM),
                List.of(OOM.id()),
                List.of(new Remediation(
                        "raise-memory-limit",
                        CART,
                        Map.of("timeout", "10m", "memory_limit", "384Mi", "container", "cart"),
                        "medium",
                        true,
                        "PROPOSED",
                        OOM.id(),
                        "cart OOMs at 256Mi",
                        "rp-1")),
                "cart is OOMKilled at its 256Mi limit",
                null,
                null,
                null,
                Instant.parse("2026-11-21T09:42:00Z"),
                Instant.parse("2026-11-21T09:42:05Z"));
    }
}
