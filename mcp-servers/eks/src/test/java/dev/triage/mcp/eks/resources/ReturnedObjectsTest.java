package dev.triage.mcp.eks.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Secret reached by any route (typed, as another kind's object, generic, inside a list) shows key names only. */
class ReturnedObjectsTest {

    static final String VALUE = "ZmFrZS1sZWRnZXItZGItcGFzc3dvcmQ="; // base64 of a stand-in password
    static final String PLAIN = "fake-ledger-db-password";

    final KubernetesSerialization serialization = new KubernetesSerialization();

    @Test
    void aTypedSecretShowsItsKeysOnly() {
        var secret = new SecretBuilder()
                .withNewMetadata()
                .withName("ledger-db")
                .withNamespace("payments")
                .endMetadata()
                .withType("Opaque")
                .withData(Map.of("password", VALUE))
                .withStringData(Map.of("user", PLAIN))
                .build();

        assertKeysOnly(shown(secret));
    }

    @Test
    void aSecretAnsweredToACallForAnotherKindIsJudgedByWhatCameBack() {
        // What a path trick produced: the Pod client parsing a Secret, its data kept as unknown fields.
        var pod = new PodBuilder()
                .withNewMetadata()
                .withName("ledger-db")
                .endMetadata()
                .build();
        pod.setKind("Secret");
        pod.setAdditionalProperty("data", Map.of("password", VALUE));
        pod.setAdditionalProperty("stringData", Map.of("user", PLAIN));

        assertKeysOnly(shown(pod));
    }

    @Test
    void aGenericSecretAndASecretWithNoKindShowTheirKeysOnly() {
        var generic = new GenericKubernetesResourceBuilder()
                .withApiVersion("v1")
                .withKind("Secret")
                .withNewMetadata()
                .withName("ledger-db")
                .endMetadata()
                .withAdditionalProperties(
                        Map.of("data", Map.of("password", VALUE), "stringData", Map.of("user", PLAIN)))
                .build();
        Map<String, Object> kindless = Map.of("data", Map.of("password", VALUE), "type", "Opaque");

        assertKeysOnly(shown(generic));
        assertThat(ReturnedObjects.view(new java.util.LinkedHashMap<>(kindless)).toString())
                .doesNotContain(VALUE)
                .contains("password");
    }

    @Test
    void secretsInsideAListShowTheirKeysOnly() {
        Map<String, Object> list = new java.util.LinkedHashMap<>(Map.of(
                "kind",
                "List",
                "items",
                List.of(
                        Map.of(
                                "kind",
                                "Secret",
                                "data",
                                Map.of("password", VALUE),
                                "stringData",
                                Map.of("user", PLAIN)),
                        Map.of("kind", "ConfigMap", "data", Map.of("level", "debug")))));

        String shown = ReturnedObjects.view(list).toString();

        assertThat(shown).doesNotContain(VALUE, PLAIN).contains("password", "user", "level=debug");
    }

    private String shown(HasMetadata object) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = serialization.convertValue(object, Map.class);
        return serialization.asYaml(ReturnedObjects.view(tree));
    }

    private static void assertKeysOnly(String yaml) {
        assertThat(yaml).doesNotContain(VALUE, PLAIN).contains("password", "user", "kind: \"Secret\"");
    }
}
