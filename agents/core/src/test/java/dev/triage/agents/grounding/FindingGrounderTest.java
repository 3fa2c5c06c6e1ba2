package dev.triage.agents.grounding;

import static dev.triage.agents.testing.Fixtures.cartOom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.observation.ToolInvocation;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import dev.triage.model.Severity;
import dev.triage.model.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingGrounderTest {

    private final Trail trail = Trail.silent();

    private FindingGrounder grounder() {
        String result = "{\"message\":\"dial tcp 10.0.0.1:5432: connect: \\\"connection refused\\\"\"}";
        trail.toolFinished(
                new ToolInvocation("diagnostic", "eks", "pod_logs", "{}"),
                new ToolCall("eks", "pod_logs", "{}", "ok", 1),
                result);
        return new FindingGrounder(
                List.of(cartOom()), resource -> resource.name().equals("orders"), trail);
    }

    private static FindingClaim claim(String name, String category, String quote, String causedBy) {
        return new FindingClaim(
                "Deployment",
                "shop",
                name,
                category,
                "high",
                "summary",
                List.of(new FindingClaim.QuoteClaim("log", "log shop/x/app", quote)),
                causedBy);
    }

    @Test
    void aClaimAboutAnExistingResourceWithASeenQuoteBecomesAFinding() {
        List<Finding> grounded = grounder()
                .ground(List.of(claim(
                        "orders",
                        "application_error",
                        "connect: \"connection refused\"",
                        cartOom().id())));

        assertThat(grounded).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("application_error/Deployment/shop/orders");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.causedBy()).isEqualTo(cartOom().id());
        });
    }

    @Test
    void aCauseThatIsNotAFindingIsDroppedAndTheClaimKeptAsARootCause() {
        List<Finding> grounded = grounder()
                .ground(List.of(claim(
                        "orders",
                        "APPLICATION_ERROR",
                        "connection refused",
                        "volume_error/PersistentVolumeClaim/shop/ghost")));

        assertThat(grounded).singleElement().extracting(Finding::causedBy).isNull();
        assertThat(trail.notes()).singleElement().asString().contains("unknown cause");
    }

    @Test
    void aClaimRepeatingAnAnalyzerFindingIsNotAddedTwice() {
        assertThat(grounder().ground(List.of(claim("cart", "OOM_KILLED", "connection refused", null))))
                .isEmpty();
    }

    @Test
    void aClaimWithoutANameIsDropped() {
        assertThat(grounder().ground(List.of(claim(" ", "OOM_KILLED", "connection refused", null))))
                .isEmpty();
        assertThat(trail.notes()).singleElement().asString().contains("without a kind and name");
    }
}
