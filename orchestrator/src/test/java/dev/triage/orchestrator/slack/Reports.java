package dev.triage.orchestrator.slack;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.Remediation;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reports for the renderer's tests: one place that knows how a report is made. */
final class Reports {

    static final String ID = "4a7d1f52-0c4b-4a55-9a2e-6f1a2b3c4d5e";
    static final String PROPOSAL = "rp-" + "a".repeat(32);
    static final ResourceRef CART = new ResourceRef("Deployment", "shop", "cart");

    static final Finding OOM = new Finding(
            Finding.idFor(Category.OOM_KILLED, CART),
            "Deployment",
            "shop",
            "cart",
            CART,
            Category.OOM_KILLED,
            "cart is OOMKilled at its 256Mi limit",
            List.of(
                    Evidence.status("status.containerStatuses[cart].lastState.terminated.reason", "OOMKilled"),
                    Evidence.log("log shop/cart-1/cart (previous)", "java.lang.OutOfMemoryError: Java heap space")),
            Severity.CRITICAL,
            List.of("cart-1"),
            null);

    static final Finding CHECKOUT_ERRORS = new Finding(
            "application_error/Deployment/shop/checkout",
            "Deployment",
            "shop",
            "checkout",
            new ResourceRef("Deployment", "shop", "checkout"),
            Category.APPLICATION_ERROR,
            "checkout fails calling cart <http://cart:8080>",
            List.of(Evidence.log("log shop/checkout-1/app", "connection refused: cart:8080 & retrying")),
            Severity.HIGH,
            List.of(),
            OOM.id());

    static final Remediation RAISE = new Remediation(
            "raise-memory-limit",
            CART,
            Map.of("container", "cart", "memory_limit", "384Mi"),
            "medium",
            true,
            "PROPOSED",
            OOM.id(),
            "the limit is below what the container uses",
            PROPOSAL);

    private Reports() {}

    static InvestigationReport report(
            List<Finding> findings, List<String> rootCauses, List<Remediation> remediations, String summary) {
        return new InvestigationReport(
                ID,
                InvestigationStatus.COMPLETED,
                "why is checkout failing",
                "demo-eks",
                "shop",
                List.of(),
                findings,
                rootCauses,
                remediations,
                summary,
                List.of(),
                List.of(),
                List.of(),
                Instant.parse("2026-11-21T10:00:00Z"),
                Instant.parse("2026-11-21T10:00:05Z"));
    }

    static InvestigationReport cart() {
        return report(
                List.of(OOM, CHECKOUT_ERRORS), List.of(OOM.id()), List.of(RAISE), "cart runs out of memory at 256Mi");
    }
}
