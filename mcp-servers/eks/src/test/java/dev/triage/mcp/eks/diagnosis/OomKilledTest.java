package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Category;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import org.junit.jupiter.api.Test;

class OomKilledTest {

    private static final String POD = "Pod shop/cart-6b7f9c8d4-kx2vq ";

    @Test
    void bothOomKilledReplicasAreOneFindingOnTheDeploymentQuotingTheLimitAndTheLastLogLine() {
        Diagnosis diagnosis = diagnose("oom-killed", "shop");

        assertThat(ids(diagnosis)).containsExactly("oom_killed/Deployment/shop/cart");
        Finding oom = diagnosis.findings().getFirst();
        assertThat(oom.category()).isEqualTo(Category.OOM_KILLED);
        assertThat(oom.resource()).isEqualTo(new ResourceRef("Deployment", "shop", "cart"));
        assertThat(oom.owner()).isEqualTo(new ResourceRef("Deployment", "shop", "cart"));
        assertThat(oom.pods()).containsExactly("cart-6b7f9c8d4-kx2vq", "cart-6b7f9c8d4-p9zr4");
        assertThat(oom.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(oom.summary())
                .contains("OOMKilled (memory limit 256Mi)", "restarted 7 times", "2/2 pods CrashLoopBackOff");
        assertThat(quote(oom, POD + "status.containerStatuses[cart].lastState.terminated.reason"))
                .isEqualTo("OOMKilled");
        assertThat(quote(oom, POD + "status.containerStatuses[cart].lastState.terminated.exitCode"))
                .isEqualTo("137");
        assertThat(quote(oom, POD + "spec.containers[cart].resources.limits.memory"))
                .isEqualTo("256Mi");
        assertThat(quote(oom, "Event Warning BackOff Pod shop/cart-6b7f9c8d4-kx2vq"))
                .startsWith("Back-off restarting failed container cart in pod cart-6b7f9c8d4-kx2vq_shop(");
        assertThat(quote(oom, "log shop/cart-6b7f9c8d4-kx2vq/cart (previous)"))
                .isEqualTo(
                        "[2026-11-21T09:38:11.290+0000][info][gc,heap] GC(45) Eden regions: 0->0(11) Old regions: 112->114 Humongous regions: 3->3");
    }

    @Test
    void theServiceOfTheCrashingPodsIsNotASeparateFinding() {
        Diagnosis diagnosis = diagnose("oom-killed", null);

        assertThat(ids(diagnosis)).containsExactly("oom_killed/Deployment/shop/cart");
    }
}
