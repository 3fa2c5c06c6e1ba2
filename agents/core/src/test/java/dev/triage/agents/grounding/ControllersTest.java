package dev.triage.agents.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControllersTest {

    @Test
    void theControllerAmongTheOwnersIsTheOneNamed() {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: cart-7b9d6c5f48-vs4c7
                  namespace: shop
                  ownerReferences:
                  - apiVersion: v1
                    kind: ConfigMap
                    name: not-the-controller
                  - apiVersion: apps/v1
                    blockOwnerDeletion: true
                    controller: true
                    kind: ReplicaSet
                    name: "cart-7b9d6c5f48"
                  resourceVersion: "881199"
                spec:
                  containers:
                  - name: cart
                """;

        assertThat(Controllers.of(yaml)).contains(new Controllers.Owner("ReplicaSet", "cart-7b9d6c5f48", true));
    }

    @Test
    void aSoleOwnerCountsAndNoOwnersIsNone() {
        assertThat(Controllers.of("""
                        metadata:
                          name: nightly-29920860
                          ownerReferences:
                            - kind: CronJob
                              name: nightly
                          uid: x
                        """)).contains(new Controllers.Owner("CronJob", "nightly", false));
        assertThat(Controllers.of("metadata:\n  name: web\n  namespace: shop\nspec: {}\n"))
                .isEmpty();
        assertThat(Controllers.of("metadata:\n  ownerReferences:\n  - apiVersion: v1\n"))
                .isEmpty();
    }
}
