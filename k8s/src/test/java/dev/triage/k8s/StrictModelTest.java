package dev.triage.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StrictModelTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  securityContext: {%s: true}
                  containers: [{name: web, image: "web:1", resources: {limits: {memory: 64Mi}}}]
            """;

    static List<Rendered> kustomizations() {
        return Layout.everyKustomization();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyRenderedObjectIsATypedKubernetesObject(Rendered rendered) {
        assertThat(rendered.objects())
                .isNotEmpty()
                .allSatisfy(object -> assertThat(object.getMetadata().getName()).isNotBlank());
    }

    @Test
    void aKnownFieldReadsIntoTheTypedModel() {
        List<HasMetadata> objects = StrictModel.parseAll(DEPLOYMENT.formatted("runAsNonRoot"));

        Deployment web = (Deployment) objects.getFirst();
        assertThat(web.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot())
                .isTrue();
        assertThat(web.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getResources()
                        .getLimits())
                .containsKey("memory");
    }

    @Test
    void aMisspeltFieldIsRefusedWithItsName() {
        assertThatThrownBy(() -> StrictModel.parseAll(DEPLOYMENT.formatted("runAsNonroot")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Deployment web")
                .hasMessageContaining("runAsNonroot");
    }

    @Test
    void aFieldInTheWrongPlaceIsRefused() {
        String misplaced = DEPLOYMENT
                .formatted("runAsNonRoot")
                .replace("      securityContext:", "      image: web:1\n      securityContext:");

        assertThatThrownBy(() -> StrictModel.parseAll(misplaced)).hasMessageContaining("\"image\"");
    }

    @Test
    void aKindTheModelDoesNotKnowIsRefused() {
        String custom = """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec: {size: 3}
                """;

        assertThatThrownBy(() -> StrictModel.parseAll(custom))
                .hasMessageContaining("Widget w")
                .hasMessageContaining("example.com/v1");
    }
}
