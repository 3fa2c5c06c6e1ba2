package dev.triage.orchestrator.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.Remediation;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCheckTest {

    private static final ResourceRef REDIS = new ResourceRef("StatefulSet", "shop", "redis");
    private static final ResourceRef CART = new ResourceRef("Deployment", "shop", "cart");
    private static final ResourceRef WEB = new ResourceRef("Deployment", "shop", "web");

    private static final Finding OOM = finding(Category.OOM_KILLED, REDIS, "Container redis was OOMKilled", null);
    private static final Finding CRASH =
            finding(Category.CRASH_LOOP, CART, "cart keeps exiting", Finding.idFor(Category.OOM_KILLED, REDIS));
    private static final Finding PROBE =
            finding(Category.PROBE_FAILURE, WEB, "web is not ready", Finding.idFor(Category.CRASH_LOOP, CART));
    private static final Remediation RAISE = new Remediation(
            "raise-memory-limit",
            REDIS,
            Map.of("container", "redis", "memory_limit", "768Mi"),
            "medium",
            true,
            "PROPOSED",
            OOM.id(),
            "OOMKilled");
    private static final InvestigationReport REPORT = report(List.of(OOM, CRASH, PROBE), List.of(RAISE));

    @TempDir
    Path dir;

    @Test
    void aReportThatHoldsEveryExpectationHasNoFailures() throws Exception {
        Expectation expected = expect("""
                findings:
                  - {category: OOM_KILLED, kind: StatefulSet, name: redis, owner: StatefulSet/redis, rootCause: true,
                     mentions: [oomkilled, "limits.memory"]}
                  - {category: CRASH_LOOP, name: cart, causedBy: {name: redis}, rootCause: false}
                  - {category: PROBE_FAILURE, name: web, rootedIn: {category: OOM_KILLED, name: redis}}
                rootCauses: [{name: redis}]
                rootCauseCount: 1
                maxFindings: 3
                forbidden: [{category: RESOURCE_SATURATION}]
                runbooks: [{runbook: raise-memory-limit, target: StatefulSet/shop/redis, params: {container: redis}}]
                forbiddenRunbooks: [{runbook: delete-pod}]
                summaryMentions: [redis]
                """);

        assertThat(ReportCheck.failures(expected, REPORT)).isEmpty();
    }

    @Test
    void eachUnmetExpectationIsOneLineNamingWhatWasExpectedAndWhatWasFound() throws Exception {
        Expectation expected = expect("""
                findings:
                  - {category: OOM_KILLED, name: cart}
                  - {category: PROBE_FAILURE, name: web, causedBy: {category: OOM_KILLED}}
                rootCauseCount: 2
                forbidden: [{name: web}]
                runbooks: [{runbook: raise-memory-limit, target: Deployment/shop/cart}]
                forbiddenRunbooks: [{runbook: raise-memory-limit}]
                summaryMentions: [payments]
                """);

        List<String> failures = ReportCheck.failures(expected, REPORT);

        assertThat(failures).hasSize(7);
        assertThat(failures.get(0)).startsWith("no finding OOM_KILLED */cart").contains("nearest: crash_loop/");
        assertThat(failures.get(1)).contains("caused by [OOM_KILLED */*]");
        assertThat(failures.get(2)).startsWith("1 root causes, expected 2");
        assertThat(failures.get(3)).startsWith("forbidden finding probe_failure/Deployment/shop/web");
        assertThat(failures.get(4)).startsWith("no runbook raise-memory-limit on Deployment/shop/cart");
        assertThat(failures.get(5))
                .startsWith("forbidden runbook proposed: raise-memory-limit on StatefulSet/shop/redis");
        assertThat(failures.get(6)).isEqualTo("summary does not mention \"payments\"");
    }

    @Test
    void aHealthyExpectationFailsOnAnyFinding() throws Exception {
        assertThat(ReportCheck.failures(expect("maxFindings: 0\n"), REPORT))
                .singleElement()
                .asString()
                .startsWith("3 findings, at most 0 expected");
        assertThat(ReportCheck.failures(expect("maxFindings: 0\n"), report(List.of(), List.of())))
                .isEmpty();
    }

    @Test
    void aFailedReportFailsItsScenarioWithTheReportsNotes() throws Exception {
        InvestigationReport failed = new InvestigationReport(
                "i",
                InvestigationStatus.FAILED,
                "q",
                "c",
                null,
                null,
                null,
                null,
                null,
                "s",
                null,
                null,
                List.of("eks: connection refused"),
                Instant.EPOCH,
                Instant.EPOCH);

        assertThat(ReportCheck.failures(expect("{}"), failed))
                .containsExactly("status FAILED, expected COMPLETED (eks: connection refused)");
    }

    @Test
    void aMisspeltKeyIsRefusedNamingTheFileRatherThanCheckingNothing() throws Exception {
        Path file = dir.resolve("expect.yaml");
        Files.writeString(file, "findings:\n  - {categroy: OOM_KILLED}\n");

        assertThatThrownBy(() -> Expectation.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("categroy");
    }

    @Test
    void anUnknownCategoryAndARunbookWithoutIdAreRefused() throws Exception {
        Path file = dir.resolve("expect.yaml");
        Files.writeString(file, "findings:\n  - {category: OOM}\n");
        assertThatThrownBy(() -> Expectation.read(file)).hasMessageContaining("OOM");
        Files.writeString(file, "runbooks:\n  - {target: Deployment/shop/cart}\n");
        assertThatThrownBy(() -> Expectation.read(file)).hasMessageContaining("runbook");
    }

    @Test
    void defaultsAreTheGeneralQuestionTheWholeClusterAndACompletedReport() throws Exception {
        Expectation expected = expect("description: nothing else\n");

        assertThat(expected.question()).isEqualTo("diagnose unhealthy pods");
        assertThat(expected.namespace()).isNull();
        assertThat(expected.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(expected.isPending()).isFalse();
    }

    private Expectation expect(String yaml) throws Exception {
        Path file = dir.resolve("expect.yaml");
        Files.writeString(file, yaml);
        return Expectation.read(file);
    }

    private static Finding finding(Category category, ResourceRef ref, String summary, String causedBy) {
        return new Finding(
                Finding.idFor(category, ref),
                ref.kind(),
                ref.namespace(),
                ref.name(),
                ref,
                category,
                summary,
                List.of(Evidence.status(
                        "Pod shop/" + ref.name() + "-0 spec.containers[app].resources.limits." + "memory", "512Mi")),
                Severity.HIGH,
                null,
                causedBy);
    }

    private static InvestigationReport report(List<Finding> findings, List<Remediation> remediations) {
        List<String> roots =
                findings.stream().filter(Finding::isRootCause).map(Finding::id).toList();
        return new InvestigationReport(
                "i",
                InvestigationStatus.COMPLETED,
                "q",
                "c",
                null,
                null,
                findings,
                roots,
                remediations,
                "1 root cause: StatefulSet/shop/redis",
                null,
                null,
                null,
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
