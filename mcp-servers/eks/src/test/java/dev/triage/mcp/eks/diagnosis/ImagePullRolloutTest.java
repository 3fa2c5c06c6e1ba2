package dev.triage.mcp.eks.diagnosis;

import static dev.triage.mcp.eks.diagnosis.Fixtures.diagnose;
import static dev.triage.mcp.eks.diagnosis.Fixtures.finding;
import static dev.triage.mcp.eks.diagnosis.Fixtures.ids;
import static dev.triage.mcp.eks.diagnosis.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Finding;
import dev.triage.model.Severity;
import org.junit.jupiter.api.Test;

class ImagePullRolloutTest {

    private static final String IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/recommendations:v2.4.1";

    @Test
    void aMissingImageTagIsTheCauseOfTheStuckRolloutAndTheOldReplicasAreHealthy() {
        Diagnosis diagnosis = diagnose("image-pull-rollout", "shop");

        assertThat(ids(diagnosis))
                .containsExactly(
                        "image_pull/Deployment/shop/recommendations", "rollout_stuck/Deployment/shop/recommendations");
        Finding pull = finding(diagnosis, "image_pull/Deployment/shop/recommendations");
        assertThat(pull.pods()).containsExactly("recommendations-7c9d5b6f8-qz5tp");
        assertThat(pull.severity()).isEqualTo(Severity.HIGH);
        assertThat(pull.summary()).contains("cannot pull image \"" + IMAGE + "\" (ImagePullBackOff): not found");
        assertThat(
                        quote(
                                pull,
                                "Pod shop/recommendations-7c9d5b6f8-qz5tp status.containerStatuses[recommendations].state.waiting.message"))
                .isEqualTo("Back-off pulling image \"" + IMAGE + "\"");
        assertThat(quote(pull, "Event Warning Failed Pod shop/recommendations-7c9d5b6f8-qz5tp"))
                .startsWith("Failed to pull image \"" + IMAGE + "\": rpc error: code = NotFound")
                .endsWith(": not found");

        Finding stuck = finding(diagnosis, "rollout_stuck/Deployment/shop/recommendations");
        assertThat(stuck.causedBy()).isEqualTo(pull.id());
        assertThat(quote(stuck, "Deployment shop/recommendations status.conditions[Progressing].message"))
                .isEqualTo("ReplicaSet \"recommendations-7c9d5b6f8\" has timed out progressing.");
    }
}
