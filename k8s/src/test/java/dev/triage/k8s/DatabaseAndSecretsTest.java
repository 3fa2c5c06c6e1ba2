package dev.triage.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PostgreSQL is external (Amazon RDS), reached with credentials from a Secret the operator creates. */
class DatabaseAndSecretsTest {

    private static final Pattern SECRET_LOOKING = Pattern.compile("(?i).*(password|secret|token|credential).*");

    static List<Rendered> kustomizations() {
        return Layout.everyKustomization();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void theServiceAndTheRunbookLedgerConnectToTheExternalDatabaseFromTheSecret(Rendered rendered) {
        for (String workload : List.of("triage-orchestrator", "triage-mcp-runbook")) {
            Container container = rendered.require(Deployment.class, workload)
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .getFirst();
            for (var setting : List.of(
                    List.of("SPRING_DATASOURCE_URL", "jdbc-url"),
                    List.of("SPRING_DATASOURCE_USERNAME", "username"),
                    List.of("SPRING_DATASOURCE_PASSWORD", "password"))) {
                EnvVar env = container.getEnv().stream()
                        .filter(e -> e.getName().equals(setting.get(0)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(workload + " has no " + setting.get(0)));
                assertThat(env.getValue()).as(workload + " " + env.getName()).isNull();
                assertThat(env.getValueFrom().getSecretKeyRef().getName()).isEqualTo("triage-postgres");
                assertThat(env.getValueFrom().getSecretKeyRef().getKey()).isEqualTo(setting.get(1));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void noSecretValueIsWrittenIntoTheManifests(Rendered rendered) {
        assertThat(rendered.all(Secret.class))
                .as("Secrets are created by the operator, not shipped")
                .isEmpty();
        rendered.podTemplates().forEach((workload, template) -> PodSecurityTest.containers(template.getSpec())
                .forEach(container -> assertThat(container.getEnv())
                        .filteredOn(env -> SECRET_LOOKING.matcher(env.getName()).matches())
                        .as(workload + " " + container.getName())
                        .allSatisfy(env ->
                                assertThat(env.getValue()).as(env.getName()).isNull())));
    }
}
