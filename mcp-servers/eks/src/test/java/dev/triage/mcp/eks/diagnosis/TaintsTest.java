package dev.triage.mcp.eks.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import org.junit.jupiter.api.Test;

class TaintsTest {

    private static final Taint GPU = new TaintBuilder()
            .withKey("dedicated")
            .withValue("gpu")
            .withEffect("NoSchedule")
            .build();

    private static Toleration toleration(String key, String operator, String value, String effect) {
        return new TolerationBuilder()
                .withKey(key)
                .withOperator(operator)
                .withValue(value)
                .withEffect(effect)
                .build();
    }

    @Test
    void equalNeedsTheSameKeyAndValueAndExistsOnlyTheKey() {
        assertThat(Taints.tolerates(toleration("dedicated", "Equal", "gpu", "NoSchedule"), GPU))
                .isTrue();
        assertThat(Taints.tolerates(toleration("dedicated", null, "gpu", null), GPU))
                .isTrue();
        assertThat(Taints.tolerates(toleration("dedicated", "Equal", "batch", "NoSchedule"), GPU))
                .isFalse();
        assertThat(Taints.tolerates(toleration("dedicated", "Exists", null, null), GPU))
                .isTrue();
    }

    @Test
    void theEffectMustMatchWhenGivenAndAnEmptyKeyWithExistsToleratesEverything() {
        assertThat(Taints.tolerates(toleration("dedicated", "Exists", null, "NoExecute"), GPU))
                .isFalse();
        assertThat(Taints.tolerates(toleration(null, "Exists", null, null), GPU))
                .isTrue();
        assertThat(Taints.tolerates(toleration(null, "Equal", null, null), GPU)).isFalse();
    }
}
